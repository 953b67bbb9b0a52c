package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCard;
import org.junit.jupiter.api.Test;

class ModelEvaluatorTest {

    @Test
    void confusionRowsAreTrueLabelsAndSumToTheirSupport() throws Exception {
        ExampleFactory examples = new ExampleFactory(FeatureExtractor.bundled());
        List<LabelledClaim> claims = new LabelledClaimReader().read(Path.of("src/test/resources/model/tiny.jsonl"));
        List<LabelledClaim> half = java.util.stream.IntStream.range(0, claims.size()).filter(i -> i % 2 == 0)
                .mapToObj(claims::get).toList();
        AttributionModel model = new ModelTraining(examples).train(half, TrainerSettings.DEFAULT, 1L, "t", "t-1",
                "every other record of the tiny fixture");
        ModelCard.Evaluation evaluation = new ModelEvaluator(examples).evaluate(model, claims, "tiny fixture");
        int correct = 0;
        for (Map.Entry<String, Map<String, Integer>> row : evaluation.confusion().entrySet()) {
            int sum = row.getValue().values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(evaluation.perLabel().get(row.getKey()).support(), sum, row.getKey());
            correct += row.getValue().get(row.getKey());
        }
        assertEquals(evaluation.accuracy(), correct / (double) claims.size(), 1e-12);
    }
}
