package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.model.ModelCard;
import org.claimscorer.model.ModelCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataTest {

    private static final Path TINY = Path.of("src/test/resources/model/tiny.jsonl");

    @TempDir
    Path dir;

    @Test
    void csvAndJsonLinesOfTheSameRecordsGiveIdenticalClaimsAndModels() throws Exception {
        Path csv = dir.resolve("tiny.csv");
        assertEquals(0, CommandOutput.run("convert", "--data", TINY.toString(), "--to", "csv", "--output", csv.toString()).exitCode());
        LabelledClaimReader reader = new LabelledClaimReader();
        assertEquals(reader.read(TINY), reader.read(csv));

        Path fromJson = dir.resolve("json.tribuo");
        Path fromCsv = dir.resolve("csv.tribuo");
        for (String[] run : new String[][] {{TINY.toString(), fromJson.toString()}, {csv.toString(), fromCsv.toString()}}) {
            CommandOutput out = CommandOutput.run("train", "--data", run[0], "--output", run[1], "--seed", "5",
                    "--eval", "tricky=" + TrainingCommandTest.TRICKY, "--no-compare");
            assertEquals(0, out.exitCode(), out.err());
        }
        ModelCard a = new ModelCards().read(fromJson);
        ModelCard b = new ModelCards().read(fromCsv);
        assertEquals(a.metrics(), b.metrics());
        assertEquals(a.data().counts(), b.data().counts());
    }

    @Test
    void csvRoundTripKeepsEveryFieldAndNull() throws Exception {
        Path csv = dir.resolve("tiny.csv");
        Path back = dir.resolve("back.jsonl");
        CommandOutput.run("convert", "--data", TINY.toString(), "--to", "csv", "--output", csv.toString());
        assertEquals(0, CommandOutput.run("convert", "--data", csv.toString(), "--to", "jsonl", "--output", back.toString()).exitCode());
        RecordFiles files = new RecordFiles();
        List<DataRecord> original = files.read(TINY);
        List<DataRecord> roundTrip = files.read(back);
        assertEquals(original.size(), roundTrip.size());
        for (int i = 0; i < original.size(); i++) {
            assertEquals(original.get(i).fields(), roundTrip.get(i).fields());
        }
    }

    @Test
    void quotedMultiLineFieldsAreReadAndLinesCountedFromTheRecordStart() throws Exception {
        Path csv = Files.writeString(dir.resolve("d.csv"), "id,claim,context,label,source,cue,split\r\n"
                + "a1,\"The mayor said \"\"no\"\", twice.\",\"First line,\nsecond line. The mayor said \"\"no\"\", twice.\","
                + "NAMED_OFFICIAL,The mayor,said,train\r\n"
                + "a2,A road closed.,,OFFICIAL,,,train\r\n");
        List<DataRecord> records = new RecordFiles().read(csv);
        assertEquals("The mayor said \"no\", twice.", records.get(0).field("claim"));
        assertEquals("First line,\nsecond line. The mayor said \"no\", twice.", records.get(0).field("context"));
        assertEquals(null, records.get(1).field("source"));
        DataCheck check = new DataChecker(List.of()).check(records);
        assertEquals(List.of(csv + ":4 [a2]: unknown label 'OFFICIAL' (labels: NAMED_OFFICIAL, NAMED_SOURCE, INSTITUTION, "
                + "ANONYMOUS, HEDGED, UNATTRIBUTED, DENIAL)"), check.problems());
        LabelledClaim first = records.get(0).toClaim();
        assertEquals("The mayor", first.source());
    }

    @Test
    void brokenCsvIsReportedNotSkipped() throws Exception {
        Path csv = Files.writeString(dir.resolve("d.csv"), "id,claim,context,label,source,cue,split\n"
                + "a1,A road closed.,,UNATTRIBUTED,,,train\n"
                + "a2,A road closed,,UNATTRIBUTED,,,train,extra,columns\n");
        CommandOutput out = CommandOutput.run("check", "--data", csv.toString());
        assertEquals(1, out.exitCode());
        assertTrue(out.err().contains(csv + ":3: not valid CSV ("), out.err());
    }
}
