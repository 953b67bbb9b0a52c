package org.claimscorer.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimscorer.claim.Claim;

/**
 * Properties of the feature extractor for any input: it never throws, every span lies inside the
 * string it names and quotes exactly the characters there, and the output is deterministic. Tries
 * per property come from {@code jqwik.tries.default} (junit-platform.properties; raise it on the
 * command line for a long fuzz run, see README).
 */
class FeatureExtractorPropertiesTest {

    /** Pieces adversarial texts are built from: cues, quotes, abbreviations, names, odd code points. */
    static final List<String> PIECES = List.of("said", "says", "told", "according", "to", "denied", "rejected",
            "dismissed", "reportedly", "allegedly", "may", "is", "believed", "officials", "sources", "familiar", "with",
            "who", "which", "that", "the", "The", "a", "minister", "spokesperson", "company", "Ministry", "of",
            "Smith", "Maria", "Dr.", "Mr.", "Gen.", "U.S.", "U.N.", "Inc.", "St.", "e.g.", "i.e.", "No.",
            "\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", ",", ".", "...", ";", ":", "?", "!",
            "(", ")", "-", "\u2014", "\u2013", " ", "  ", "\n", "\n\n", "\t", "\u00A0", "\u2028",
            "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301", "\u0301", "\u202E", "\u200F", "\u05E9\u05DC\u05D5\u05DD",
            "\u0645\u0631\u062D\u0628\u0627", "\u4E2D\u6587", "\u0000", "\u001B", "\uD800", "\uDC00", "\uFEFF", "\uFFFF",
            "not", "never", "deny", "denies", "claimed", "insisted", "warned", "added", "'s", "s'", "CEO", "spokeswoman");

    private final FeatureExtractor extractor = FeatureExtractor.bundled();

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    @Provide
    Arbitrary<String> adversarial() {
        return Arbitraries.of(PIECES).list().ofMaxSize(300)
                .map(pieces -> String.join(" ", pieces.subList(0, pieces.size() / 2))
                        + String.join("", pieces.subList(pieces.size() / 2, pieces.size())));
    }

    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.oneOf(anyText(), adversarial(),
                Combinators.combine(adversarial(), anyText()).as((a, b) -> a + b),
                Arbitraries.of(PIECES).flatMap(piece -> Arbitraries.integers().between(0, 3000).map(piece::repeat)));
    }

    @Property
    void anyClaimAndContextGiveSpansInsideTheirStrings(@ForAll("mixed") String claim, @ForAll("mixed") String context) {
        assertSpansQuoteTheirStrings(claim, context);
    }

    @Property
    void claimCutFromItsContextGivesSpansInsideTheirStrings(@ForAll("mixed") String context,
                                                            @ForAll double from, @ForAll double to) {
        int a = (int) (Math.abs(from % 1) * context.length());
        int b = (int) (Math.abs(to % 1) * context.length());
        String claim = context.substring(Math.min(a, b), Math.max(a, b));
        assertSpansQuoteTheirStrings(claim.isEmpty() ? "x" : claim, context);
    }

    @Property
    void extractionIsDeterministic(@ForAll("mixed") String claim, @ForAll("mixed") String context) {
        AttributionFeatures first = extractor.extract(Claim.of(claim, context));
        assertEquals(first, extractor.extract(Claim.of(claim, context)));
        assertEquals(first, FeatureExtractor.bundled().extract(Claim.of(claim, context)));
    }

    @Property(tries = 8)
    void hundredThousandCharacterContextsAreAnswered(@ForAll("adversarial") String seed, @ForAll("mixed") String claim) {
        String unit = seed.isEmpty() ? "said " : seed;
        String context = unit.repeat(100_000 / unit.length() + 1).substring(0, 100_000);
        assertSpansQuoteTheirStrings(claim.isEmpty() ? "x" : claim, context);
    }

    private void assertSpansQuoteTheirStrings(String claim, String context) {
        AttributionFeatures f = extractor.extract(Claim.of(claim, context));
        assertNotNull(f.names());
        assertTrue(f.names().contains("bias"));
        for (Evidence e : evidence(f)) {
            String origin = e.origin() == Origin.CLAIM ? claim : context;
            assertTrue(0 <= e.start() && e.start() <= e.end() && e.end() <= origin.length(), e::toString);
            assertEquals(origin.substring(e.start(), e.end()), e.text(), e::toString);
        }
        TextSpan located = f.claimInContext();
        if (located != null) {
            assertTrue(0 <= located.start() && located.start() <= located.end() && located.end() <= context.length(),
                    located::toString);
        }
    }

    static List<Evidence> evidence(AttributionFeatures f) {
        List<Evidence> all = new ArrayList<>(f.hedges());
        all.addAll(f.denials());
        all.addAll(f.anonymity());
        all.addAll(f.quotes());
        for (Evidence e : new Evidence[] {f.source(), f.cue(), f.contextSource(), f.contextCue(), f.denier(), f.denialCue()}) {
            if (e != null) {
                all.add(e);
            }
        }
        return all;
    }
}
