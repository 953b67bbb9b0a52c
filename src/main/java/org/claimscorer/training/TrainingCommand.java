package org.claimscorer.training;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The data scientists' command line: check, train, evaluate, cross-validate, compare, promote, convert. Run it with
 * {@code training/cli <command> --help}. Exit code 0 on success, 1 on a data or model problem,
 * 2 on a usage error. It returns the code; {@code training/TrainingLauncher.java}, the launcher's entry point,
 * ends the process with it.
 */
@Command(name = "claim-scorer-training", mixinStandardHelpOptions = true,
        subcommands = {CheckCommand.class, TrainCommand.class, EvaluateCommand.class, CrossValidateCommand.class,
                CompareCommand.class, PromoteCommand.class, ConvertCommand.class},
        description = "Train and evaluate claim-scorer attribution models.")
public final class TrainingCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new TrainingCommand()).execute(args);
    }
}
