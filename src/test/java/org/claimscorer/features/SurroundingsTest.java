package org.claimscorer.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimscorer.claim.Claim;
import org.junit.jupiter.api.Test;

/**
 * The claim's surroundings are read on demand: whatever a rule asks first, and in whatever order, the
 * answers are those of reading the whole neighbourhood up front.
 */
class SurroundingsTest {

    private final AttributionLexicon lexicon = AttributionLexicon.bundled();
    private final ContextReader reader = new ContextReader(new Tokenizer(), new SentenceSplitter(), new ClaimLocator(),
            SentenceReader.over(lexicon, new SourceTyper(lexicon, new NamedPersonRoles(lexicon))));

    @Test
    void neighbouringSentencesAreTheSameWhicheverIsAskedFirst() throws IOException {
        List<Claim> claims = articleSentences();
        assertTrue(claims.size() > 1000, "training/data article records: " + claims.size());
        for (Claim claim : claims) {
            Surroundings forward = reader.surroundings(claim);
            List<Object> upFront = List.of(forward.tokens(), List.copyOf(forward.earlier()), nullable(forward.previous()),
                    nullable(forward.next()), forward.nextInParagraph(), nullable(forward.nextInSameParagraph()));
            Surroundings backward = reader.surroundings(claim);
            Object sameParagraph = nullable(backward.nextInSameParagraph());
            Object next = nullable(backward.next());
            Object previous = nullable(backward.previous());
            List<SentenceReading> earlier = List.copyOf(backward.earlier());
            List<Object> onDemand = List.of(backward.tokens(), earlier, previous, next, backward.nextInParagraph(), sameParagraph);
            assertEquals(upFront, onDemand, claim.text());
        }
    }

    @Test
    void theNearestEarlierSentenceIsThePreviousOneOnlyInTheSameParagraph() {
        String context = "The council met on Monday. Mayor Ortiz said the bridge would reopen.\nIt will cost more.";
        Surroundings around = reader.surroundings(Claim.of("It will cost more.", context));
        assertEquals(2, around.earlier().size());
        assertNull(around.previous());
        assertEquals("ortiz", around.earlier().get(0).primary().head());
        assertNull(around.next());
        assertEquals(false, around.nextInParagraph());
    }

    @Test
    void aClaimOfOnlySpaceCharactersHasNoNeighbours() {
        Surroundings around = reader.surroundings(Claim.of("\u00A0", "\u00A0"));
        assertEquals(List.of(), around.tokens());
        assertEquals(List.of(), around.earlier());
        assertNull(around.previous());
        assertNull(around.next());
    }

    private static Object nullable(Object value) {
        return value == null ? "none" : value;
    }

    private static List<Claim> articleSentences() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Claim> claims = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("training/data"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("articles-")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        JsonNode record = json.readTree(line);
                        claims.add(Claim.of(record.get("claim").asText(), record.path("context").asText("")));
                    }
                }
            }
        }
        return claims;
    }
}
