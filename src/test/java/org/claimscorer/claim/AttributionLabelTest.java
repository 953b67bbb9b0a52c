package org.claimscorer.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionLabelTest {

    @Test
    void defaultWeightsAreTheGuides() {
        assertEquals(1.00, AttributionLabel.NAMED_OFFICIAL.defaultWeight());
        assertEquals(0.80, AttributionLabel.NAMED_SOURCE.defaultWeight());
        assertEquals(0.70, AttributionLabel.INSTITUTION.defaultWeight());
        assertEquals(0.50, AttributionLabel.DENIAL.defaultWeight());
        assertEquals(0.30, AttributionLabel.ANONYMOUS.defaultWeight());
        assertEquals(0.15, AttributionLabel.HEDGED.defaultWeight());
        assertEquals(0.00, AttributionLabel.UNATTRIBUTED.defaultWeight());
    }

    @Test
    void thereAreExactlyTheSevenGuideLabels() {
        assertEquals(List.of("NAMED_OFFICIAL", "NAMED_SOURCE", "INSTITUTION", "ANONYMOUS", "HEDGED", "UNATTRIBUTED",
                "DENIAL"), List.of(AttributionLabel.values()).stream().map(Enum::name).toList());
    }

    @Test
    void parseAcceptsAnyCaseAndRejectsUnknownNames() {
        assertEquals(AttributionLabel.DENIAL, AttributionLabel.parse(" denial ").orElseThrow());
        assertTrue(AttributionLabel.parse("OFFICIAL").isEmpty());
        assertTrue(AttributionLabel.parse(null).isEmpty());
    }

    @Test
    void missingContextBecomesEmpty() {
        assertEquals("", new Claim("x", null, null).context());
        assertEquals(ClaimMetadata.NONE, new Claim("x", null, null).metadata());
    }
}
