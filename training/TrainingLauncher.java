/**
 * The process boundary of {@code training/cli}: runs the training command line, which only returns exit
 * codes, and ends the JVM with that code. Launched as a single source file, so the application code under
 * {@code src/main/java} never ends the process it runs in (tests call {@code TrainingCommand.run}).
 */
class TrainingLauncher {
    public static void main(String[] args) {
        System.exit(org.claimscorer.training.TrainingCommand.run(args));
    }
}
