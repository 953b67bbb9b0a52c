package org.claimscorer.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forty sentences written against the labelling guide, covering every precedence rule and
 * clarification: the source, cue, hedges and denials the gold label rests on, with exact spans.
 */
class TrickySentencesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeatureExtractor EXTRACTOR = FeatureExtractor.bundled();

    static List<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/features/tricky-sentences.jsonl"))) {
            JsonNode node = JSON.readTree(line);
            cases.add(Arguments.of(node.get("id").asText() + " " + node.get("rule").asText(), node));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void groundsOfTheGoldLabelHaveExactSpans(String name, JsonNode c) {
        Claim claim = Claim.of(c.get("claim").asText(), c.get("context").asText());
        AttributionFeatures features = EXTRACTOR.extract(claim);
        AttributionFeatures.Grounds grounds = features.groundsFor(AttributionLabel.valueOf(c.get("label").asText()));
        assertSpan(claim, text(c, "source"), text(c, "sourceIn"), grounds.source());
        if (!"UNATTRIBUTED".equals(c.get("label").asText())) {
            assertSpan(claim, text(c, "cue"), text(c, "cueIn"), grounds.cue());
        }
        assertEquals(strings(c.get("hedges")), features.hedges().stream().map(Evidence::text).toList(), "hedges");
        assertEquals(strings(c.get("denials")), features.denials().stream().map(Evidence::text).toList(), "denials");
    }

    private static void assertSpan(Claim claim, String expected, String in, Evidence actual) {
        if (expected == null) {
            assertNull(actual);
            return;
        }
        String origin = "context".equals(in) ? claim.context() : claim.text();
        assertEquals(expected, actual.text());
        assertEquals("context".equals(in) ? Origin.CONTEXT : Origin.CLAIM, actual.origin());
        assertEquals(expected, origin.substring(actual.start(), actual.end()));
        if (origin.indexOf(expected) == origin.lastIndexOf(expected)) {
            assertEquals(origin.indexOf(expected), actual.start());
        }
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
