package org.claimscorer.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;

/**
 * The model's probability for each of the seven labels; they sum to 1 (within rounding).
 *
 * @param values probability per label, every label present
 */
public record LabelProbabilities(Map<AttributionLabel, Double> values) {

    public LabelProbabilities {
        EnumMap<AttributionLabel, Double> copy = new EnumMap<>(AttributionLabel.class);
        for (AttributionLabel label : AttributionLabel.values()) {
            copy.put(label, values.getOrDefault(label, 0.0));
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** The most probable label; ties go to the label declared first. */
    public AttributionLabel top() {
        AttributionLabel best = AttributionLabel.NAMED_OFFICIAL;
        for (AttributionLabel label : AttributionLabel.values()) {
            if (values.get(label) > values.get(best)) {
                best = label;
            }
        }
        return best;
    }

    /** The probability of one label. */
    public double of(AttributionLabel label) {
        return values.get(label);
    }
}
