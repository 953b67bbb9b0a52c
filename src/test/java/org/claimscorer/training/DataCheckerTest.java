package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCheckerTest {

    private static final String LABELS = "(labels: NAMED_OFFICIAL, NAMED_SOURCE, INSTITUTION, ANONYMOUS, HEDGED, UNATTRIBUTED, DENIAL)";

    @TempDir
    Path dir;

    private static String record(String id, String claim, String label, String source, String cue, String split) {
        return "{\"id\":\"" + id + "\",\"claim\":\"" + claim + "\",\"context\":\"\",\"label\":\"" + label + "\",\"source\":"
                + quoted(source) + ",\"cue\":" + quoted(cue) + ",\"split\":\"" + split + "\"}";
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static final String GOOD = record("g1", "The mayor said the road will reopen.", "NAMED_OFFICIAL", "The mayor", "said", "train");

    private List<String> problems(String... lines) throws Exception {
        Path file = Files.writeString(dir.resolve("d.jsonl"), String.join("\n", lines) + "\n");
        return new DataChecker(List.of()).check(new RecordFiles().read(file)).problems();
    }

    private String at(int line) {
        return dir.resolve("d.jsonl") + ":" + line;
    }

    @Test
    void badJsonIsReportedWithItsLine() throws Exception {
        List<String> problems = problems(GOOD, "{\"id\": \"x2\", \"claim\": ");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(at(2) + ": not valid JSON ("), problems.get(0));
    }

    @Test
    void unknownLabelNamesTheLabelsThereAre() throws Exception {
        assertEquals(List.of(at(2) + " [x2]: unknown label 'OFFICIAL' " + LABELS),
                problems(GOOD, record("x2", "A road closed.", "OFFICIAL", null, null, "train")));
    }

    @Test
    void missingFieldsAreNamedOneByOne() throws Exception {
        assertEquals(List.of(at(2) + ": missing field 'id'", at(3) + " [x3]: missing field 'split'",
                        at(4) + " [x4]: missing field 'context' (use \"\" when the claim is its own context)"),
                problems(GOOD, "{\"claim\":\"A road closed.\",\"context\":\"\",\"label\":\"UNATTRIBUTED\",\"split\":\"train\"}",
                        "{\"id\":\"x3\",\"claim\":\"A road closed.\",\"context\":\"\",\"label\":\"UNATTRIBUTED\"}",
                        "{\"id\":\"x4\",\"claim\":\"A road closed.\",\"label\":\"UNATTRIBUTED\",\"split\":\"train\"}"));
    }

    @Test
    void sourceOrCueNotInTheTextIsRejected() throws Exception {
        assertEquals(List.of(at(2) + " [x2]: source 'The governor' not found in the claim or the context",
                        at(2) + " [x2]: cue 'announced' not found in the claim or the context"),
                problems(GOOD, record("x2", "The mayor said the bridge will open.", "NAMED_OFFICIAL", "The governor", "announced", "train")));
    }

    @Test
    void spansMustFitTheLabel() throws Exception {
        assertEquals(List.of(at(2) + " [u]: UNATTRIBUTED takes no source or cue (both null)",
                        at(3) + " [h1]: HEDGED takes no source (source must be null)",
                        at(4) + " [h2]: HEDGED needs the hedge phrase as cue",
                        at(5) + " [n]: NAMED_OFFICIAL needs both source and cue (source 'The mayor', cue null)",
                        at(6) + " [d]: DENIAL needs the denial word or phrase as cue"),
                problems(GOOD, record("u", "The bridge will open, the mayor said.", "UNATTRIBUTED", null, "said", "train"),
                        record("h1", "The mayor reportedly left.", "HEDGED", "The mayor", "reportedly", "train"),
                        record("h2", "The mayor reportedly left.", "HEDGED", null, null, "train"),
                        record("n", "The mayor said it.", "NAMED_OFFICIAL", "The mayor", null, "train"),
                        record("d", "The claims were denied.", "DENIAL", null, null, "train")));
    }

    @Test
    void agentlessDenialNeedsNoSource() throws Exception {
        assertEquals(List.of(), problems(GOOD, record("d", "The claims were denied.", "DENIAL", null, "denied", "train")));
    }

    @Test
    void duplicateIdsPointToTheFirst() throws Exception {
        assertEquals(List.of(at(2) + " [g1]: duplicate id (first at " + at(1) + ")"),
                problems(GOOD, record("g1", "A road closed.", "UNATTRIBUTED", null, null, "train")));
    }

    @Test
    void sameClaimInBothSplitsIsLeakage() throws Exception {
        assertEquals(List.of(at(2) + " [x2]: claim also in split 'train' at " + at(1) + " [g1] (leakage between splits)"),
                problems(GOOD, record("x2", "the  mayor said the road will reopen.", "NAMED_OFFICIAL", "mayor", "said", "test")));
    }

    @Test
    void claimOfAHoldoutFileIsLeakage() throws Exception {
        Path held = Files.writeString(dir.resolve("seed.jsonl"),
                "{\"id\":\"s1\",\"claim\":\"The mayor said the road will reopen.\",\"context\":\"\",\"label\":\"NAMED_OFFICIAL\"}\n");
        Path data = Files.writeString(dir.resolve("d.jsonl"), GOOD + "\n");
        RecordFiles files = new RecordFiles();
        assertEquals(List.of(at(1) + " [g1]: claim also in hold-out file at " + held + ":1 [s1] (leakage)"),
                new DataChecker(files.read(held)).check(files.read(data)).problems());
    }

    @Test
    void emptyTrainSplitIsAnErrorAndEmptyTestSplitAWarning() throws Exception {
        assertEquals(List.of("the 'train' split is empty: no record has \"split\": \"train\""),
                problems(record("t", "A road closed.", "UNATTRIBUTED", null, null, "test")));
        Path file = Files.writeString(dir.resolve("d.jsonl"), GOOD + "\n");
        assertEquals(List.of("the 'test' split is empty: train will report no test metrics"),
                new DataChecker(List.of()).check(new RecordFiles().read(file)).warnings());
    }

    @Test
    void summaryCountsLabelsSplitsCuesAndContextCarriedRecords() throws Exception {
        Path file = Files.writeString(dir.resolve("d.jsonl"), GOOD + "\n"
                + record("h", "The road reportedly reopened.", "HEDGED", null, "reportedly", "test") + "\n"
                + "{\"id\":\"c\",\"claim\":\"It will reopen in May.\",\"context\":\"The mayor said on Monday the road was "
                + "safe. It will reopen in May.\",\"label\":\"NAMED_OFFICIAL\",\"source\":\"The mayor\",\"cue\":\"said\","
                + "\"split\":\"train\"}\n");
        DataCheck check = new DataChecker(List.of()).check(new RecordFiles().read(file));
        assertEquals(List.of(), check.problems());
        assertEquals(2, check.distinctCues());
        assertEquals(1, check.contextCarried());
        assertEquals(2, check.counts().get("train").get("NAMED_OFFICIAL"));
        assertEquals(1, check.counts().get("test").get("HEDGED"));
        assertTrue(check.summary().contains("carried by context (rule 5): 1 (33.3%)"), check.summary());
    }

    @Test
    void checkCommandFailsWithEveryProblemAndTrainRefusesTheSameData() throws Exception {
        Path file = Files.writeString(dir.resolve("d.jsonl"), GOOD + "\n" + record("x2", "B.", "OFFICIAL", null, null, "train") + "\n");
        CommandOutput check = CommandOutput.run("check", "--data", file.toString());
        assertEquals(1, check.exitCode());
        assertTrue(check.err().contains("1 problem(s) in the data:\n  " + at(2) + " [x2]: unknown label 'OFFICIAL'"), check.err());
        CommandOutput train = CommandOutput.run("train", "--data", file.toString(), "--output", dir.resolve("m.tribuo").toString());
        assertEquals(1, train.exitCode());
        assertTrue(train.err().contains(at(2) + " [x2]: unknown label 'OFFICIAL'"), train.err());
        assertTrue(Files.notExists(dir.resolve("m.tribuo")));
    }

    @Test
    void checkCommandSummarisesGoodData() {
        CommandOutput check = CommandOutput.run("check", "--data", "src/test/resources/model/tiny.jsonl");
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains("56 records"), check.out());
        assertTrue(check.out().contains("distinct cues: 28"), check.out());
    }
}
