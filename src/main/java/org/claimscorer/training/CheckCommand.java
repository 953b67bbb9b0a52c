package org.claimscorer.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: training data in, every problem with its {@code file:line} out, or a summary when there is none. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check labelled training data (JSONL or CSV, file or folder); exit 1 on any problem.")
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "training/data", description = "file or folder (default: ${DEFAULT-VALUE})")
    Path data;
    @Option(names = "--holdout", description = "file whose claims must not appear in the data (repeatable)")
    List<Path> holdouts = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            DataCheck check = new TrainingSession().check(data, holdouts);
            System.out.print("ok: " + data + ": " + check.summary());
            return 0;
        } catch (DataFileException | IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
