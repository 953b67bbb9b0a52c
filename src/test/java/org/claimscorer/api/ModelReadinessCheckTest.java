package org.claimscorer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.claimscorer.features.FeatureExtractor;
import java.util.Map;
import org.claimscorer.model.ModelFixtures;
import org.claimscorer.scoring.FixedScoringConfig;
import org.claimscorer.scoring.ReloadTrigger;
import org.claimscorer.scoring.ServingModel;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelReadinessCheckTest {

    private static ServingModel serving(String modelPath) {
        return new ServingModel(new FixedScoringConfig(Path.of(modelPath)), FeatureExtractor.bundled(),
                new SimpleMeterRegistry());
    }

    @Test
    void notReadyUntilAModelIsLoaded() {
        ServingModel serving = serving("models/attribution.tribuo");
        ModelReadinessCheck check = new ModelReadinessCheck(serving);
        assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus());
        serving.load();
        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());
    }

    @Test
    void missingModelStopsStartUpWithTheReason() {
        ServingModel serving = serving("models/none.tribuo");
        IllegalStateException e = assertThrows(IllegalStateException.class, serving::load);
        assertTrue(e.getMessage().contains("model file not found"), e.getMessage());
        assertEquals(HealthCheckResponse.Status.DOWN, new ModelReadinessCheck(serving).call().getStatus());
    }

    @Test
    void rejectedReloadKeepsReadinessUpWithTheOldModelAndReportsTheRejection(@TempDir Path dir) throws Exception {
        Path served = dir.resolve("attribution.tribuo");
        ModelFixtures.writeValid(served, "tiny-1");
        ServingModel serving = serving(served.toString());
        serving.load();
        ModelFixtures.writeGarbage(served);
        serving.reload(ReloadTrigger.WATCH);
        HealthCheckResponse response = new ModelReadinessCheck(serving).call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        Map<String, Object> data = response.getData().orElseThrow();
        assertEquals("tiny-1", data.get("version"));
        assertEquals("watch", data.get("lastRejectedTrigger"));
        assertEquals("model file attribution.tribuo is not a readable Tribuo protobuf model (InvalidWireTypeException)",
                data.get("lastRejectedReason"));
    }
}
