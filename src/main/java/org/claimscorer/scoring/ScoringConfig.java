package org.claimscorer.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Map;

/** The service's scoring settings, under {@code claim-scorer.*}; validated at start-up. */
@ConfigMapping(prefix = "claim-scorer")
public interface ScoringConfig {

    /** The model to serve. */
    ModelSettings model();

    /** How label probabilities become one strength score. */
    StrengthSettings strength();

    /** Model settings. */
    interface ModelSettings {
        /**
         * The Tribuo protobuf model file; its card ({@code NAME.card.json}) must sit beside it.
         * Relative paths resolve against the working directory.
         */
        @WithDefault("models/attribution.tribuo")
        Path path();
    }

    /** Strength settings. */
    interface StrengthSettings {
        /**
         * Weight per label name, each in [0, 1]. A label left out keeps the labelling guide's default
         * weight; an unknown label name stops start-up.
         */
        Map<String, Double> weights();
    }
}
