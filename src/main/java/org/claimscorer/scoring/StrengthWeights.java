package org.claimscorer.scoring;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.model.LabelProbabilities;

/**
 * A weight in [0, 1] for each label; the strength score is the expected weight under the model's
 * label probabilities. Immutable.
 */
public final class StrengthWeights {

    private final Map<AttributionLabel, Double> weights;

    private StrengthWeights(Map<AttributionLabel, Double> weights) {
        this.weights = Collections.unmodifiableMap(weights);
    }

    /** The labelling guide's default weights. */
    public static StrengthWeights defaults() {
        Map<AttributionLabel, Double> weights = new EnumMap<>(AttributionLabel.class);
        for (AttributionLabel label : AttributionLabel.values()) {
            weights.put(label, label.defaultWeight());
        }
        return new StrengthWeights(weights);
    }

    /**
     * The defaults with configured weights by label name replacing them.
     *
     * @throws IllegalArgumentException naming the entry when a label is unknown or a weight is outside [0, 1]
     */
    public static StrengthWeights configured(Map<String, Double> byName) {
        Map<AttributionLabel, Double> overrides = new EnumMap<>(AttributionLabel.class);
        byName.forEach((name, weight) -> {
            String key = "claim-scorer.strength.weights." + name;
            AttributionLabel label = AttributionLabel.parse(name).orElseThrow(() -> new IllegalArgumentException(
                    key + ": unknown label; labels are " + Arrays.toString(AttributionLabel.values())));
            if (!(weight >= 0.0 && weight <= 1.0)) {
                throw new IllegalArgumentException(key + ": weight must be between 0 and 1");
            }
            overrides.put(label, weight);
        });
        return defaults().with(overrides);
    }

    /**
     * These weights with some replaced.
     *
     * @throws IllegalArgumentException when a weight is outside [0, 1]
     */
    public StrengthWeights with(Map<AttributionLabel, Double> overrides) {
        Map<AttributionLabel, Double> merged = new EnumMap<>(weights);
        overrides.forEach((label, weight) -> {
            if (weight == null || !(weight >= 0.0 && weight <= 1.0)) {
                throw new IllegalArgumentException("weight of " + label + " must be between 0 and 1");
            }
            merged.put(label, weight);
        });
        return new StrengthWeights(merged);
    }

    /** Expected weight under these probabilities, clamped to [0, 1] against rounding. */
    public double score(LabelProbabilities probabilities) {
        double sum = 0;
        for (AttributionLabel label : AttributionLabel.values()) {
            sum += probabilities.of(label) * weights.get(label);
        }
        return Math.max(0.0, Math.min(1.0, sum));
    }

    /** The weight of each label, in label order. */
    public Map<AttributionLabel, Double> asMap() {
        return weights;
    }
}
