package org.claimscorer.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCard;
import org.claimscorer.model.ModelFiles;
import org.claimscorer.model.ModelRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: a model and a labelled file in, accuracy, macro-F1, per-label scores and confusion out. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Evaluate a model on a labelled JSONL/CSV file: accuracy, macro-F1, per label, confusion, calibration.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", defaultValue = "models/attribution.tribuo", description = "model file (default: ${DEFAULT-VALUE})")
    Path model;
    @Option(names = "--data", required = true, description = "labelled JSONL/CSV file or folder")
    Path data;
    @Option(names = "--json", description = "print JSON instead of a table (for notebooks)")
    boolean asJson;
    @Option(names = "--picture", description = "also write the confusion matrix as a PNG to this file")
    Path picture;

    @Override
    public Integer call() {
        TrainingSession session = new TrainingSession();
        try {
            AttributionModel loaded = new ModelFiles(session.extractor.version()).read(model);
            ModelCard.Evaluation evaluation = new ModelEvaluator(session.examples)
                    .evaluate(loaded, session.reader.read(data), "evaluation file " + data.getFileName());
            System.out.println(asJson ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(evaluation) : table(evaluation));
            if (picture != null) {
                new ConfusionPicture().write(evaluation, picture);
                System.err.println("wrote " + picture);
            }
            return 0;
        } catch (DataFileException | ModelRejectedException | IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static String table(ModelCard.Evaluation e) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d examples, accuracy %.3f, macro-F1 %.3f, "
                + "expected calibration error %.3f (10 bins)%n%n", e.description(), e.examples(), e.accuracy(), e.macroF1(),
                e.expectedCalibrationError()));
        out.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %8s%n", "label", "precision", "recall", "F1", "support"));
        e.perLabel().forEach((label, s) -> out.append(String.format(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %8d%n",
                label, s.precision(), s.recall(), s.f1(), s.support())));
        out.append("\nconfusion (rows: true label, columns: predicted, in label order above)\n");
        for (Map.Entry<String, Map<String, Integer>> row : e.confusion().entrySet()) {
            out.append(String.format(Locale.ROOT, "%-16s", row.getKey()));
            row.getValue().values().forEach(n -> out.append(String.format(Locale.ROOT, " %4d", n)));
            out.append('\n');
        }
        return out.toString();
    }
}
