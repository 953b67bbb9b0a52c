package org.claimscorer.scoring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.claimscorer.features.FeatureExtractor;

/** Produces the plain-Java collaborators the scoring beans need, once per application. */
public class ScoringBeans {

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
