package org.claimscorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.training.ExampleFactory;
import org.claimscorer.training.LabelledClaimReader;
import org.claimscorer.training.ModelTraining;
import org.claimscorer.training.TrainerSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weights compiled at load give the probabilities Tribuo's {@code Model.predict} gives. */
class LinearWeightsTest {

    private static final FeatureExtractor EXTRACTOR = FeatureExtractor.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<List<String>> everyRecordsFeatures;

    @BeforeAll
    static void extractEveryRecord() throws IOException {
        everyRecordsFeatures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> data = Files.list(Path.of("training/data"))) {
            data.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
        files.add(Path.of("src/test/resources/features/tricky-sentences.jsonl"));
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    JsonNode record = JSON.readTree(line);
                    JsonNode context = record.get("context");
                    Claim claim = Claim.of(record.get("claim").asText(),
                            context == null || context.isNull() ? null : context.asText());
                    everyRecordsFeatures.add(EXTRACTOR.extract(claim).names());
                }
            }
        }
        assertTrue(everyRecordsFeatures.size() > 5000, "records read: " + everyRecordsFeatures.size());
    }

    @Test
    void bundledModelIsCompiledAndMatchesTribuoOnEveryTrainingRecord() throws Exception {
        AttributionModel bundled = new ModelFiles(EXTRACTOR.version()).read(Path.of("models/attribution.tribuo"));
        assertTrue(bundled.compiled(), "the bundled LibLinear model should predict through compiled weights");
        everyRecordsFeatures.forEach(names -> assertSameProbabilities(bundled, names));
    }

    @Test
    void goldenModelIsCompiledAndMatchesTribuoOnItsCasesAndEveryTrainingRecord() throws Exception {
        JsonNode golden = JSON.readTree(Path.of("src/test/resources/model/golden-expectations.json").toFile());
        AttributionModel model = new ModelFiles(golden.get("featureSet").asText())
                .read(Path.of("src/test/resources/model/golden.tribuo"));
        assertTrue(model.compiled());
        for (JsonNode c : golden.get("cases")) {
            List<String> names = new ArrayList<>();
            c.get("features").forEach(name -> names.add(name.asText()));
            LabelProbabilities compiled = model.predict(names);
            c.get("probabilities").fields().forEachRemaining(expected -> assertEquals(expected.getValue().asDouble(),
                    compiled.of(AttributionLabel.valueOf(expected.getKey())), 1e-12, expected.getKey()));
            assertSameProbabilities(model, names);
        }
        everyRecordsFeatures.forEach(names -> assertSameProbabilities(model, names));
    }

    @Test
    void unknownFeaturesAreIgnoredAndAnExampleWithNoKnownFeatureIsRefused() throws Exception {
        AttributionModel bundled = new ModelFiles(EXTRACTOR.version()).read(Path.of("models/attribution.tribuo"));
        assertEquals(bundled.predict(List.of("bias", "cue=say")), bundled.predict(List.of("w=zzqx-unknown", "bias", "cue=say")));
        assertSameProbabilities(bundled, List.of("w=zzqx-unknown", "cue=say", "bias"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> bundled.predict(List.of("w=zzqx-unknown")));
        assertTrue(e.getMessage().contains("knows none"), e.getMessage());
    }

    @Test
    void sgdModelPredictsThroughTribuo(@TempDir Path dir) throws Exception {
        AttributionModel trained = new ModelTraining(new ExampleFactory(EXTRACTOR)).train(
                new LabelledClaimReader().read(Path.of("src/test/resources/model/tiny.jsonl")),
                TrainerSettings.named("sgd-lr").with(null, 2), 1L, "tiny", "sgd-1", "tiny fixture");
        new ModelFiles(EXTRACTOR.version()).write(trained, dir.resolve("sgd.tribuo"));
        AttributionModel sgd = new ModelFiles(EXTRACTOR.version()).read(dir.resolve("sgd.tribuo"));
        assertFalse(sgd.compiled());
        List<String> names = everyRecordsFeatures.get(0);
        assertEquals(sgd.predictWithTribuo(names), sgd.predict(names));
    }

    private static void assertSameProbabilities(AttributionModel model, List<String> names) {
        LabelProbabilities compiled = model.predict(names);
        LabelProbabilities tribuo = model.predictWithTribuo(names);
        for (AttributionLabel label : AttributionLabel.values()) {
            assertEquals(tribuo.of(label), compiled.of(label), 1e-12, () -> label + " for " + names);
        }
    }
}
