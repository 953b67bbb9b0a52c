package org.claimscorer.features;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.claimscorer.claim.Claim;
import org.junit.jupiter.api.Test;

class ExtractorRobustnessTest {

    private static final String[] PIECES = {"said", "according", "to", "\"", "\u201C", "\u201D", "'", ",", ".", " ",
            "\n", "the", "The", "minister", "denied", "reportedly", "may", "U.S.", "Gen.", "\uD83D\uDE00", "\u0301",
            "\u202E", "\u0000", "\uD800", "officials", "who", "which", "-", "\u2014", "is", "believed", "Smith", "of"};

    private final FeatureExtractor extractor = FeatureExtractor.bundled();

    @Test
    void randomTextNeverThrowsAndEverySpanPointsIntoItsString() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String context = randomText(random, random.nextInt(80));
            String claim = random.nextBoolean() && !context.isEmpty()
                    ? context.substring(random.nextInt(context.length())) : randomText(random, 1 + random.nextInt(30));
            AttributionFeatures f = assertDoesNotThrow(() -> extractor.extract(Claim.of(claim, context)));
            for (Evidence e : evidence(f)) {
                String origin = e.origin() == Origin.CLAIM ? claim : context;
                assertTrue(e.start() >= 0 && e.end() <= origin.length() && e.start() <= e.end());
                assertEquals(e.text(), origin.substring(e.start(), e.end()));
            }
            assertTrue(f.names().contains("bias"));
        }
    }

    @Test
    void degenerateInputsAreAnswered() {
        for (String claim : List.of(".", "\"", "\u201C\u201C\u201C", "said said said", "according to", "\uD800", "a\u0000b")) {
            assertTrue(extractor.extract(Claim.of(claim, claim + " " + claim)).names().contains("bias"));
        }
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        }
        return text.toString();
    }

    private static List<Evidence> evidence(AttributionFeatures f) {
        List<Evidence> all = new ArrayList<>(f.hedges());
        all.addAll(f.denials());
        all.addAll(f.anonymity());
        all.addAll(f.quotes());
        for (Evidence e : new Evidence[] {f.source(), f.cue(), f.contextSource(), f.contextCue()}) {
            if (e != null) {
                all.add(e);
            }
        }
        return all;
    }
}
