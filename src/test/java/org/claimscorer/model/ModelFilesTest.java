package org.claimscorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.training.ExampleFactory;
import org.claimscorer.training.LabelledClaimReader;
import org.claimscorer.training.ModelTraining;
import org.claimscorer.training.TrainerSettings;
import org.junit.jupiter.api.BeforeAll;
import org.tribuo.Feature;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

    private static final FeatureExtractor EXTRACTOR = FeatureExtractor.bundled();
    private static AttributionModel trained;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainTinyModel() throws Exception {
        List<LabelledClaim> claims = new LabelledClaimReader().read(Path.of("src/test/resources/model/tiny.jsonl"));
        trained = new ModelTraining(new ExampleFactory(EXTRACTOR))
                .train(claims, TrainerSettings.DEFAULT, 1L, "tiny", "test-1", "tiny fixture");
    }

    @Test
    void protobufRoundTripPredictsTheSameProbabilities() throws Exception {
        Path file = dir.resolve("tiny.tribuo");
        new ModelFiles(EXTRACTOR.version()).write(trained, file);
        AttributionModel loaded = new ModelFiles(EXTRACTOR.version()).read(file);
        assertEquals("tiny", loaded.name());
        assertEquals("test-1", loaded.version());
        assertEquals(EXTRACTOR.version(), loaded.featureSetVersion());
        for (String text : List.of("The ministry denied the reports.", "Officials said the road was shut.",
                "The road was reportedly shut.", "xqzv blorp")) {
            var features = EXTRACTOR.extract(Claim.of(text, ""));
            assertEquals(trained.predict(features), loaded.predict(features));
        }
    }

    @Test
    void probabilitiesCoverAllSevenLabelsAndSumToOne() {
        LabelProbabilities p = trained.predict(EXTRACTOR.extract(Claim.of("Nothing known here at all", "")));
        assertEquals(7, p.values().size());
        assertEquals(1.0, p.values().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void modelFromAnotherFeatureSetIsRefusedNamingBothVersions() throws Exception {
        Path file = dir.resolve("tiny.tribuo");
        new ModelFiles(EXTRACTOR.version()).write(trained, file);
        ModelRejectedException e = assertThrows(ModelRejectedException.class,
                () -> new ModelFiles("attribution-features/0+000000000000").read(file));
        assertTrue(e.getMessage().contains(EXTRACTOR.version()), e.getMessage());
        assertTrue(e.getMessage().contains("attribution-features/0+000000000000"), e.getMessage());
    }

    @Test
    void corruptOrTruncatedFilesAreRefused() throws Exception {
        Path good = dir.resolve("good.tribuo");
        new ModelFiles(EXTRACTOR.version()).write(trained, good);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.tribuo"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path garbage = Files.writeString(dir.resolve("garbage.tribuo"), "not a model");
        for (Path bad : List.of(truncated, garbage, dir.resolve("missing.tribuo"))) {
            assertThrows(ModelRejectedException.class, () -> new ModelFiles(EXTRACTOR.version()).read(bad), bad.toString());
        }
    }

    @Test
    void goldenModelWrittenEarlierStillPredictsItsRecordedProbabilities() throws Exception {
        JsonNode golden = new ObjectMapper().readTree(Path.of("src/test/resources/model/golden-expectations.json").toFile());
        AttributionModel model = new ModelFiles(golden.get("featureSet").asText())
                .read(Path.of("src/test/resources/model/golden.tribuo"));
        assertEquals("golden-1", model.version());
        for (JsonNode c : golden.get("cases")) {
            List<Feature> features = new ArrayList<>();
            c.get("features").forEach(name -> features.add(new Feature(name.asText(), 1.0)));
            Prediction<Label> prediction = model.tribuoModel().predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, features));
            c.get("probabilities").fields().forEachRemaining(expected -> assertEquals(expected.getValue().asDouble(),
                    prediction.getOutputScores().get(expected.getKey()).getScore(), 1e-12, expected.getKey()));
        }
    }

    @Test
    void cardThatDescribesAnotherModelIsRefused() throws Exception {
        Path file = dir.resolve("tiny.tribuo");
        new ModelFiles(EXTRACTOR.version()).write(trained, file);
        ModelCard other = new ModelCard("tiny", "test-2", "2026-01-01T00:00:00Z", EXTRACTOR.version(), "4.3.2",
                new ModelCard.Trainer("liblinear-lr", Map.of()), new ModelCard.Data("00", Map.of()), Map.of(), Map.of());
        new ModelCards().write(other, file);
        ModelRejectedException e = assertThrows(ModelRejectedException.class, () -> new ModelCards().readFor(trained, file));
        assertTrue(e.getMessage().contains("describes tiny test-2 but the model is tiny test-1"), e.getMessage());
    }

    @Test
    void bundledModelFitsThisCode() throws Exception {
        AttributionModel bundled = new ModelFiles(EXTRACTOR.version()).read(Path.of("models/attribution.tribuo"));
        ModelCard card = new ModelCards().readFor(bundled, Path.of("models/attribution.tribuo"));
        assertEquals(card.version(), bundled.version());
        assertEquals(card.featureSetVersion(), bundled.featureSetVersion());
        assertEquals(AttributionLabel.DENIAL,
                bundled.predict(EXTRACTOR.extract(Claim.of("The company denied the allegations.", ""))).top());
    }
}
