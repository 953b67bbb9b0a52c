package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCards;
import org.claimscorer.model.ModelFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromoteCommandTest {

    private static final String TINY = TrainingCommandTest.TINY;

    @TempDir
    Path dir;
    private Path served;
    private Path strong;
    private Path weak;

    @BeforeEach
    void twoCandidatesAndAServedModel() throws Exception {
        strong = train(Path.of(TINY), "strong", "strong-1");
        weak = train(fewPerLabel(2), "weak", "weak-1");
        served = dir.resolve("models/attribution.tribuo");
        assertEquals(0, CommandOutput.run("promote", "--candidate", strong.toString(), "--served", served.toString(),
                "--data", TINY, "--split", "all").exitCode());
    }

    @Test
    void worseCandidateIsRefusedAndNothingChanges() throws Exception {
        byte[] before = Files.readAllBytes(served);
        CommandOutput run = CommandOutput.run("promote", "--candidate", weak.toString(), "--served", served.toString(),
                "--data", TINY, "--split", "all");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("refused: candidate weak-1 has macro-F1"), run.err());
        assertTrue(run.err().contains("use --force to promote anyway"), run.err());
        assertArrayEquals(before, Files.readAllBytes(served));
        assertEquals(1, log().size());
    }

    @Test
    void forcedCandidateReplacesModelAndCardsAndIsLogged() throws Exception {
        CommandOutput run = CommandOutput.run("promote", "--candidate", weak.toString(), "--served", served.toString(),
                "--data", TINY, "--split", "all", "--force");
        assertEquals(0, run.exitCode(), run.err());
        AttributionModel now = new ModelFiles(FeatureExtractor.bundled().version()).read(served);
        assertEquals("weak-1", now.version());
        assertEquals("weak-1", new ModelCards().readFor(now, served).version());
        assertArrayEquals(Files.readAllBytes(ModelCards.markdownPathFor(weak)), Files.readAllBytes(ModelCards.markdownPathFor(served)));
        try (Stream<Path> files = Files.list(served.getParent())) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList());
        }
        List<JsonNode> log = log();
        assertEquals(2, log.size());
        assertEquals(null, log.get(0).get("previousVersion").textValue());
        assertEquals("weak-1", log.get(1).get("version").asText());
        assertEquals("strong-1", log.get(1).get("previousVersion").asText());
        assertTrue(log.get(1).get("forced").asBoolean());
        assertTrue(log.get(1).get("macroF1").asDouble() < log.get(1).get("previousMacroF1").asDouble());
    }

    @Test
    void compareShowsDeltasOnTheSameSet() throws Exception {
        CommandOutput run = CommandOutput.run("compare", "--candidate", weak.toString(), "--current", served.toString(),
                "--data", TINY, "--split", "all", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(json.get("candidate").get("macroF1").asDouble() - json.get("current").get("macroF1").asDouble(),
                json.get("macroF1Delta").asDouble(), 1e-12);
        assertEquals(7, json.get("f1Deltas").size());
        assertEquals(56, json.get("candidate").get("examples").asInt());
    }

    @Test
    void candidateWithoutCardIsRefused() throws Exception {
        Files.delete(ModelCards.jsonPathFor(weak));
        CommandOutput run = CommandOutput.run("promote", "--candidate", weak.toString(), "--served", served.toString(),
                "--data", TINY, "--split", "all", "--force");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("cannot read the model card weak.card.json"), run.err());
    }

    private Path train(Path data, String name, String version) {
        Path output = dir.resolve("candidates/" + name + ".tribuo");
        CommandOutput run = CommandOutput.run("train", "--data", data.toString(), "--no-compare", "--output", output.toString(),
                "--name", "attribution", "--version", version);
        assertEquals(0, run.exitCode(), run.err());
        return output;
    }

    private Path fewPerLabel(int perLabel) throws Exception {
        Map<String, Integer> seen = new HashMap<>();
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(TINY))) {
            String label = new ObjectMapper().readTree(line).get("label").asText();
            if (seen.merge(label, 1, Integer::sum) <= perLabel) {
                out.append(line).append('\n');
            }
        }
        return Files.writeString(dir.resolve("few.jsonl"), out.toString());
    }

    private List<JsonNode> log() throws Exception {
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(served.resolveSibling("promotions.jsonl")).stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
    }
}
