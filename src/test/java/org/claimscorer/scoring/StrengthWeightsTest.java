package org.claimscorer.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.model.LabelProbabilities;
import org.junit.jupiter.api.Test;

class StrengthWeightsTest {

    @Test
    void scoreIsExpectedWeightUnderTheProbabilities() {
        Map<AttributionLabel, Double> p = new EnumMap<>(AttributionLabel.class);
        p.put(AttributionLabel.NAMED_OFFICIAL, 0.5);
        p.put(AttributionLabel.ANONYMOUS, 0.25);
        p.put(AttributionLabel.UNATTRIBUTED, 0.25);
        assertEquals(0.5 * 1.0 + 0.25 * 0.3, StrengthWeights.defaults().score(new LabelProbabilities(p)), 1e-12);
    }

    @Test
    void configuredWeightsReplaceDefaultsByLabelName() {
        StrengthWeights w = StrengthWeights.configured(Map.of("HEDGED", 0.4));
        assertEquals(0.4, w.asMap().get(AttributionLabel.HEDGED));
        assertEquals(0.7, w.asMap().get(AttributionLabel.INSTITUTION));
    }

    @Test
    void unknownLabelInConfigurationIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StrengthWeights.configured(Map.of("OFFICIAL", 0.4)));
        assertTrue(e.getMessage().contains("claim-scorer.strength.weights.OFFICIAL"), e.getMessage());
    }

    @Test
    void weightOutsideUnitIntervalIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> StrengthWeights.defaults().with(Map.of(AttributionLabel.DENIAL, 1.5)));
        assertThrows(IllegalArgumentException.class,
                () -> StrengthWeights.defaults().with(Map.of(AttributionLabel.DENIAL, Double.NaN)));
    }
}
