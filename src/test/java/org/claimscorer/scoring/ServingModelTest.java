package org.claimscorer.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.claimscorer.model.ModelCards;
import org.claimscorer.model.ModelFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServingModelTest {

    @TempDir
    Path dir;
    private Path served;
    private Path staging;
    private MeterRegistry registry;
    private ServingModel serving;

    @BeforeEach
    void serveTinyV1() throws Exception {
        staging = Files.createDirectory(dir.resolve("staging"));
        served = Files.createDirectory(dir.resolve("models")).resolve("attribution.tribuo");
        ModelFixtures.place(stagedValid("tiny-1"), served);
        registry = new SimpleMeterRegistry();
        serving = new ServingModel(new FixedScoringConfig(served), ModelFixtures.EXTRACTOR, registry);
        serving.load();
    }

    private Path stagedValid(String version) throws Exception {
        Path file = staging.resolve(version + ".tribuo");
        ModelFixtures.writeValid(file, version);
        return file;
    }

    private double reloads(String outcome, ReloadTrigger trigger) {
        return registry.get("claim_scorer_model_reloads").tags("outcome", outcome, "trigger", trigger.tag()).counter().count();
    }

    private void assertRejectedKeepingV1(String reasonPart) {
        ReloadOutcome outcome = serving.reload(ReloadTrigger.ADMIN);
        assertFalse(outcome.accepted());
        assertTrue(outcome.reason().contains(reasonPart), outcome.reason());
        assertEquals(new ModelIdentity("tiny", "tiny-1"), outcome.serving());
        assertEquals(new ModelIdentity("tiny", "tiny-1"), serving.identity().orElseThrow());
        assertEquals(outcome.reason(), serving.lastRejection().orElseThrow().reason());
    }

    @Test
    void validNewModelIsSwappedInAndCounted() throws Exception {
        ModelFixtures.place(stagedValid("tiny-2"), served);
        ReloadOutcome outcome = serving.reload(ReloadTrigger.WATCH);
        assertEquals(new ReloadOutcome(true, new ModelIdentity("tiny", "tiny-2"), null), outcome);
        assertEquals("tiny-2", serving.identity().orElseThrow().version());
        assertEquals(1.0, reloads("accepted", ReloadTrigger.WATCH));
        assertEquals(0.0, reloads("rejected", ReloadTrigger.WATCH));
        assertEquals(1.0, registry.get("claim_scorer_model_info").tags("version", "tiny-2").gauge().value());
        assertTrue(registry.find("claim_scorer_model_info").tags("version", "tiny-1").gauges().isEmpty());
    }

    @Test
    void garbageFileIsRejected() throws Exception {
        ModelFixtures.writeGarbage(served);
        assertRejectedKeepingV1("is not a readable Tribuo protobuf model");
        assertEquals(1.0, reloads("rejected", ReloadTrigger.ADMIN));
        assertEquals(1.0, registry.get("claim_scorer_model_info").tags("version", "tiny-1").gauge().value());
    }

    @Test
    void truncatedFileIsRejected() throws Exception {
        ModelFixtures.writeTruncated(served, stagedValid("tiny-2"));
        assertRejectedKeepingV1("is not a readable Tribuo protobuf model");
    }

    @Test
    void modelOfAnotherFeatureSetIsRejectedNamingBoth() throws Exception {
        ModelFixtures.writeWrongFeatureSet(served);
        assertRejectedKeepingV1("but this code extracts feature set '" + ModelFixtures.EXTRACTOR.version() + "'");
    }

    @Test
    void modelWithoutProbabilitiesIsRejected() throws Exception {
        Path svm = staging.resolve("svm.tribuo");
        ModelFixtures.writeNonProbabilistic(svm, "svm-1");
        ModelFixtures.place(svm, served);
        assertRejectedKeepingV1("does not produce probabilities");
    }

    @Test
    void modelWithOtherLabelsIsRejected() throws Exception {
        Path partial = staging.resolve("partial.tribuo");
        ModelFixtures.writeWrongLabels(partial, "partial-1");
        ModelFixtures.place(partial, served);
        assertRejectedKeepingV1("but the labelling guide defines");
    }

    @Test
    void modelWhoseCardDescribesAnotherVersionIsRejected() throws Exception {
        Path v2 = stagedValid("tiny-2");
        Files.copy(v2, served, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertRejectedKeepingV1("describes tiny tiny-1 but the model is tiny tiny-2");
    }

    @Test
    void missingFileIsRejectedWithoutNamingDirectories() throws Exception {
        Files.delete(served);
        Files.delete(ModelCards.jsonPathFor(served));
        assertRejectedKeepingV1("model file not found: attribution.tribuo");
        assertFalse(serving.lastRejection().orElseThrow().reason().contains(dir.toString()));
    }

    @Test
    void missingCardIsRejected() throws Exception {
        ModelFixtures.place(stagedValid("tiny-2"), served);
        Files.delete(ModelCards.jsonPathFor(served));
        assertRejectedKeepingV1("cannot read the model card attribution.card.json");
    }

    @Test
    void unreadableModelIsReportedBeforeItsUnreadableCard() throws Exception {
        ModelFixtures.writeGarbage(served);
        Files.writeString(ModelCards.jsonPathFor(served), "{ not json");
        assertRejectedKeepingV1("model file attribution.tribuo is not a readable Tribuo protobuf model");
    }

    @Test
    void unreadableCardOfAValidModelIsRejected() throws Exception {
        ModelFixtures.place(stagedValid("tiny-2"), served);
        Files.writeString(ModelCards.jsonPathFor(served), "{ not json");
        assertRejectedKeepingV1("cannot read the model card attribution.card.json");
    }

    @Test
    void acceptedReloadClearsTheLastRejection() throws Exception {
        ModelFixtures.writeGarbage(served);
        serving.reload(ReloadTrigger.WATCH);
        assertEquals(ReloadTrigger.WATCH, serving.lastRejection().orElseThrow().trigger());
        ModelFixtures.place(stagedValid("tiny-3"), served);
        assertTrue(serving.reload(ReloadTrigger.WATCH).accepted());
        assertTrue(serving.lastRejection().isEmpty());
        assertEquals(Map.of("accepted", 1.0, "rejected", 1.0), Map.of("accepted", reloads("accepted", ReloadTrigger.WATCH),
                "rejected", reloads("rejected", ReloadTrigger.WATCH)));
    }
}
