package org.claimscorer.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCard;
import org.claimscorer.model.ModelRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cross-validate}: k-fold cross-validation on the train split, grouped by article (or context) so
 * that one article never straddles folds; prints each fold as it finishes, then the mean and sample
 * standard deviation of macro-F1 and accuracy. The test split is not touched.
 */
@Command(name = "cross-validate", mixinStandardHelpOptions = true,
        description = "Grouped k-fold cross-validation on the 'train' split: mean and spread of macro-F1 and accuracy.")
final class CrossValidateCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "training/data", description = "JSONL/CSV file or folder (default: ${DEFAULT-VALUE})")
    Path data;
    @Option(names = {"-k", "--folds"}, defaultValue = "5", description = "number of folds (default: ${DEFAULT-VALUE})")
    int folds;
    @Option(names = "--trainer", defaultValue = "liblinear-lr", description = "liblinear-lr or sgd-lr (default: ${DEFAULT-VALUE})")
    String trainer;
    @Option(names = "--settings", description = "trainer settings file (overrides --trainer)")
    Path settingsFile;
    @Option(names = "--seed", defaultValue = "42", description = "seed for fold assignment and training (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        TrainingSession session = new TrainingSession();
        try {
            TrainerSettings settings = settingsFile != null ? TrainerSettings.load(settingsFile) : TrainerSettings.named(trainer);
            List<List<DataRecord>> split = new GroupedFolds().split(session.check(data, List.of()).records("train"), folds, seed);
            List<ModelCard.Evaluation> results = new ArrayList<>();
            for (int i = 0; i < split.size(); i++) {
                results.add(fold(session, settings, split, i));
            }
            System.out.println(summary(results));
            return 0;
        } catch (DataFileException | ModelRejectedException | IOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private ModelCard.Evaluation fold(TrainingSession session, TrainerSettings settings, List<List<DataRecord>> split, int i)
            throws ModelRejectedException {
        List<LabelledClaim> train = new ArrayList<>();
        for (int j = 0; j < split.size(); j++) {
            if (j != i) {
                split.get(j).forEach(r -> train.add(r.toClaim()));
            }
        }
        List<LabelledClaim> validate = split.get(i).stream().map(DataRecord::toClaim).toList();
        AttributionModel model = new ModelTraining(session.examples).train(train, settings, seed, "cv", "fold-" + (i + 1),
                "cross-validation fold " + (i + 1));
        ModelCard.Evaluation result = new ModelEvaluator(session.examples).evaluate(model, validate, "fold " + (i + 1));
        System.out.printf(Locale.ROOT, "fold %d/%d: train %d, validate %d, accuracy %.3f, macro-F1 %.3f%n",
                i + 1, split.size(), train.size(), validate.size(), result.accuracy(), result.macroF1());
        return result;
    }

    private String summary(List<ModelCard.Evaluation> results) {
        double[] f1 = results.stream().mapToDouble(ModelCard.Evaluation::macroF1).toArray();
        double[] accuracy = results.stream().mapToDouble(ModelCard.Evaluation::accuracy).toArray();
        return String.format(Locale.ROOT, "%d-fold grouped cross-validation of %s (seed %d): macro-F1 %.3f ± %.3f, "
                + "accuracy %.3f ± %.3f (mean ± sample standard deviation)", results.size(), trainer(), seed,
                mean(f1), deviation(f1), mean(accuracy), deviation(accuracy));
    }

    private String trainer() {
        return settingsFile != null ? settingsFile.getFileName().toString() : trainer;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample standard deviation (n - 1 in the denominator); 0 for fewer than two values. */
    static double deviation(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
