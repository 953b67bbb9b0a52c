package org.claimscorer.scoring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Scoring configuration for plain JUnit tests: a model path, default weights, no directory watch. */
public record FixedScoringConfig(Path modelPath) implements ScoringConfig {

    @Override
    public ModelSettings model() {
        return new ModelSettings() {
            public Path path() {
                return modelPath;
            }

            public boolean watch() {
                return false;
            }

            public Duration watchDebounce() {
                return Duration.ofSeconds(1);
            }
        };
    }

    @Override
    public StrengthSettings strength() {
        return Map::of;
    }
}
