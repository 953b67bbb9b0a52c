package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimscorer.model.ModelCard;
import org.claimscorer.model.ModelCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCommandTest {

    private static final String TINY = "src/test/resources/model/tiny.jsonl";

    @TempDir
    Path dir;

    @Test
    void sameDataAndSeedGiveIdenticalMetrics() throws Exception {
        Path first = dir.resolve("a.tribuo");
        Path second = dir.resolve("b.tribuo");
        assertEquals(0, TrainingCommand.run("train", "--data", TINY, "--seed", "3", "--output", first.toString(),
                "--eval", "tiny=" + TINY));
        assertEquals(0, TrainingCommand.run("train", "--data", TINY, "--seed", "3", "--output", second.toString(),
                "--eval", "tiny=" + TINY));
        ModelCard a = new ModelCards().read(first);
        ModelCard b = new ModelCards().read(second);
        assertEquals(a.metrics(), b.metrics());
        assertEquals(a.data(), b.data());
        assertTrue(Files.readString(ModelCards.markdownPathFor(first)).contains("macro-F1"));
    }

    @Test
    void unknownLabelIsReportedWithItsLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"),
                "{\"id\":\"x1\",\"claim\":\"A.\",\"context\":\"\",\"label\":\"UNATTRIBUTED\"}\n"
                        + "{\"id\":\"x2\",\"claim\":\"B.\",\"context\":\"\",\"label\":\"OFFICIAL\"}\n");
        String err = stderrOf(() -> assertEquals(1, TrainingCommand.run("train", "--data", bad.toString(),
                "--output", dir.resolve("m.tribuo").toString())));
        assertTrue(err.contains("line 2 (x2): unknown label 'OFFICIAL'"), err);
    }

    @Test
    void missingDataFileIsAClearError() {
        String err = stderrOf(() -> assertEquals(1, TrainingCommand.run("train", "--data", "no/such/file.jsonl",
                "--output", dir.resolve("never.tribuo").toString())));
        assertTrue(err.contains("no such file or folder: no/such/file.jsonl"), err);
    }

    @Test
    void evaluatePrintsPerLabelScores() throws Exception {
        Path model = dir.resolve("m.tribuo");
        assertEquals(0, TrainingCommand.run("train", "--data", TINY, "--output", model.toString()));
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, TrainingCommand.run("evaluate", "--model", model.toString(), "--data", TINY));
        } finally {
            System.setOut(original);
        }
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("56 examples"), table);
        assertTrue(table.contains("NAMED_OFFICIAL"), table);
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
