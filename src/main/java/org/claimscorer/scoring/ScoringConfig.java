package org.claimscorer.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
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

        /**
         * Watch the model file's directory and reload the model and its card when either changes
         * (created, modified, moved in, or a Kubernetes volume's {@code ..data} link swapped). On
         * everywhere by default: a file that fails validation is rejected and the old model keeps serving.
         */
        @WithDefault("true")
        boolean watch();

        /**
         * Quiet time after the last change in the directory before reloading, so a model and its card
         * written one after the other are read as a pair.
         */
        @WithDefault("1s")
        Duration watchDebounce();
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
