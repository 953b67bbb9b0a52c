package org.claimscorer.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelFiles;
import org.claimscorer.model.ModelRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code compare}: a candidate and the current model on the same labelled set, with per-label F1 deltas. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare a candidate model with the current one on the same labelled set.")
final class CompareCommand implements Callable<Integer> {

    @Option(names = "--candidate", required = true, description = "candidate model file")
    Path candidate;
    @Option(names = "--current", defaultValue = "models/attribution.tribuo", description = "current model (default: ${DEFAULT-VALUE})")
    Path current;
    @Option(names = "--data", defaultValue = "training/data", description = "labelled JSONL/CSV file or folder (default: ${DEFAULT-VALUE})")
    Path data;
    @Option(names = "--split", defaultValue = "test", description = "split to compare on, or 'all'; records "
            + "without a split always count (default: ${DEFAULT-VALUE})")
    String split;
    @Option(names = "--json", description = "print JSON instead of a table")
    boolean asJson;

    @Override
    public Integer call() {
        TrainingSession session = new TrainingSession();
        try {
            ModelFiles files = new ModelFiles(session.extractor.version());
            AttributionModel candidateModel = files.read(candidate);
            AttributionModel currentModel = files.read(current);
            ModelComparison comparison = compare(session, candidateModel, currentModel,
                    ModelComparison.evaluationSet(session, data, split));
            System.out.print(asJson ? json(comparison) : comparison.table(candidateModel.version(), currentModel.version()));
            return 0;
        } catch (DataFileException | ModelRejectedException | IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Both models measured on one set. */
    static ModelComparison compare(TrainingSession session, AttributionModel candidate, AttributionModel current,
                                   EvaluationSet set) {
        ModelEvaluator evaluator = new ModelEvaluator(session.examples);
        return new ModelComparison(set.description(), evaluator.evaluate(candidate, set.claims(), set.description()),
                evaluator.evaluate(current, set.claims(), set.description()));
    }

    private static String json(ModelComparison comparison) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("set", comparison.set());
        out.put("macroF1Delta", comparison.candidate().macroF1() - comparison.current().macroF1());
        out.put("accuracyDelta", comparison.candidate().accuracy() - comparison.current().accuracy());
        out.put("f1Deltas", comparison.f1Deltas());
        out.put("candidate", comparison.candidate());
        out.put("current", comparison.current());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n";
    }
}
