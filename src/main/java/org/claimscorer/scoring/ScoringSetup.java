package org.claimscorer.scoring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.claimscorer.features.FeatureExtractor;

/**
 * Builds the plain-Java collaborators of scoring once per application: the feature extractor shared
 * with training, and the strength weights from configuration.
 */
public class ScoringSetup {

    /** The feature extractor over the bundled lexicon: the same one training uses. */
    @Produces
    @Singleton
    FeatureExtractor featureExtractor() {
        return FeatureExtractor.bundled();
    }

    /** Strength weights from configuration, validated at start-up. */
    @Produces
    @Singleton
    StrengthWeights strengthWeights(ScoringConfig config) {
        return StrengthWeights.configured(config.strength().weights());
    }
}
