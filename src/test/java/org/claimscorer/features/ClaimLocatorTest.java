package org.claimscorer.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimLocatorTest {

    private final ClaimLocator locator = new ClaimLocator();

    @Test
    void findsExactOccurrence() {
        assertEquals(new TextSpan(11, 21), locator.locate("It closed.", "Yesterday. It closed. Then").orElseThrow());
    }

    @Test
    void toleratesWhitespaceQuoteAndDashDifferences() {
        String context = "First.  \u201CWe  won\u201D \u2014 she said.\nNext.";
        TextSpan span = locator.locate("\"We won\" - she said.", context).orElseThrow();
        assertEquals("\u201CWe  won\u201D \u2014 she said.", context.substring(span.start(), span.end()));
    }

    @Test
    void absentClaimOrEmptyContextIsNotFound() {
        assertTrue(locator.locate("Nowhere.", "Somewhere else.").isEmpty());
        assertTrue(locator.locate("Claim.", "").isEmpty());
        assertTrue(locator.locate("   ", "   ").isEmpty());
    }
}
