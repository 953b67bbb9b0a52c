package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.features.SourceType;
import org.junit.jupiter.api.Test;

class RulesBaselineTest {

    private final RulesBaseline rules = new RulesBaseline(FeatureExtractor.bundled());

    private AttributionLabel label(String claim, String context) {
        return rules.label(Claim.of(claim, context));
    }

    @Test
    void precedenceOfTheGuideOnFixedClaims() {
        assertEquals(AttributionLabel.DENIAL, label("The company denied the allegations.", ""));
        assertEquals(AttributionLabel.NAMED_OFFICIAL, label("Defence Minister Jane Roe said the troops would leave on Friday.", ""));
        assertEquals(AttributionLabel.NAMED_SOURCE,
                label("Ana Lima, a professor of economics at Dunmore University, said prices would rise.", ""));
        assertEquals(AttributionLabel.INSTITUTION, label("The ministry said the plant will close in May.", ""));
        assertEquals(AttributionLabel.ANONYMOUS, label("Officials said the plant will close in May.", ""));
        assertEquals(AttributionLabel.ANONYMOUS,
                label("A senior official, speaking on condition of anonymity, said the talks had stalled.", ""));
        assertEquals(AttributionLabel.HEDGED, label("The factory was reportedly closed last week.", ""));
        assertEquals(AttributionLabel.HEDGED, label("It was reported that the plant will close.", ""));
        assertEquals(AttributionLabel.UNATTRIBUTED, label("The plant will close in May.", ""));
    }

    @Test
    void everySourceTypeHasALabel() {
        Map<SourceType, AttributionLabel> expected = new EnumMap<>(SourceType.class);
        expected.put(SourceType.NAMED_OFFICIAL, AttributionLabel.NAMED_OFFICIAL);
        expected.put(SourceType.OFFICE_TITLE, AttributionLabel.NAMED_OFFICIAL);
        expected.put(SourceType.NAMED_EXPERT, AttributionLabel.NAMED_SOURCE);
        expected.put(SourceType.NAMED_PERSON, AttributionLabel.NAMED_SOURCE);
        expected.put(SourceType.PRONOUN, AttributionLabel.NAMED_SOURCE);
        expected.put(SourceType.ORGANISATION, AttributionLabel.INSTITUTION);
        expected.put(SourceType.NEWS_OUTLET, AttributionLabel.INSTITUTION);
        expected.put(SourceType.DOCUMENT, AttributionLabel.INSTITUTION);
        expected.put(SourceType.SPOKESPERSON, AttributionLabel.INSTITUTION);
        expected.put(SourceType.OWNERLESS_DOCUMENT, AttributionLabel.ANONYMOUS);
        expected.put(SourceType.UNNAMED_PERSON, AttributionLabel.ANONYMOUS);
        expected.put(SourceType.UNNAMED_GROUP, AttributionLabel.ANONYMOUS);
        expected.put(SourceType.UNKNOWN, AttributionLabel.ANONYMOUS);
        for (SourceType type : SourceType.values()) {
            assertEquals(expected.get(type), RulesBaseline.labelOf(type), type.name());
        }
    }
}
