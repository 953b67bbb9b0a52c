package org.claimscorer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.scoring.ScoringConfig;
import org.claimscorer.scoring.ServingModel;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ModelReadinessCheckTest {

    private static ServingModel serving(String modelPath) {
        ScoringConfig config = new ScoringConfig() {
            public ModelSettings model() {
                return () -> Path.of(modelPath);
            }

            public StrengthSettings strength() {
                return Map::of;
            }
        };
        return new ServingModel(config, FeatureExtractor.bundled());
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
}
