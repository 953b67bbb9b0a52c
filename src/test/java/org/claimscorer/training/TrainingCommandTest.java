package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.claimscorer.model.ModelCard;
import org.claimscorer.model.ModelCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCommandTest {

    static final String TINY = "src/test/resources/model/tiny.jsonl";
    /** A labelled file with no claim in common with the tiny fixture, used as an --eval set. */
    static final String TRICKY = "src/test/resources/features/tricky-sentences.jsonl";

    @TempDir
    Path dir;

    @Test
    void sameDataAndSeedGiveIdenticalMetricsBaselineAndComparison() throws Exception {
        Path first = dir.resolve("a.tribuo");
        Path second = dir.resolve("b.tribuo");
        for (Path output : new Path[] {first, second}) {
            CommandOutput run = CommandOutput.run("train", "--data", TINY, "--seed", "3", "--output", output.toString(),
                    "--eval", "tricky=" + TRICKY);
            assertEquals(0, run.exitCode(), run.err());
        }
        ModelCard a = new ModelCards().read(first);
        ModelCard b = new ModelCards().read(second);
        assertEquals(a.metrics(), b.metrics());
        assertEquals(a.baseline(), b.baseline());
        assertEquals(a.trainerComparison(), b.trainerComparison());
        assertEquals(a.data(), b.data());
        assertTrue(Files.readString(ModelCards.markdownPathFor(first)).contains("macro-F1"));
    }

    @Test
    void cardShowsBaselineTrainerComparisonWhitelistedProvenanceAndPicture() throws Exception {
        Path model = dir.resolve("m.tribuo");
        CommandOutput run = CommandOutput.run("train", "--data", TINY, "--output", model.toString(), "--eval", "tricky=" + TRICKY);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("rules-only baseline  tricky"), run.out());
        ModelCard card = new ModelCards().read(model);
        assertEquals(card.metrics().keySet(), card.baseline().keySet());
        assertNull(card.baseline().get("tricky").expectedCalibrationError());
        assertTrue(card.metrics().get("tricky").expectedCalibrationError() >= 0);
        assertEquals(java.util.Set.of("liblinear-lr", "sgd-lr"), card.trainerComparison().keySet());
        assertEquals("L2R_LR", card.trainer().hyperparameters().get("trainerType.type"));
        assertEquals("1.0", card.trainer().hyperparameters().get("cost"));
        assertFalse(card.trainerComparison().get("sgd-lr").hyperparameters().containsKey("loggingInterval"));
        assertEquals("10", card.trainerComparison().get("sgd-lr").hyperparameters().get("epochs"));
        String markdown = Files.readString(ModelCards.markdownPathFor(model));
        assertTrue(markdown.contains("## Trainer comparison"), markdown);
        assertTrue(markdown.contains("| rules-only baseline | no learning |"), markdown);
        BufferedImage picture = ImageIO.read(ModelCards.picturePathFor(model, "tricky").toFile());
        assertTrue(picture.getWidth() > 400, "picture width " + picture.getWidth());
    }

    @Test
    void sgdPrintsEachEpoch() {
        CommandOutput run = CommandOutput.run("train", "--data", TINY, "--trainer", "sgd-lr", "--epochs", "3", "--no-compare",
                "--output", dir.resolve("s.tribuo").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("epoch 1: average loss"), run.out());
        assertTrue(run.out().contains("epoch 3: average loss"), run.out());
    }

    @Test
    void settingsFilesChooseTheTrainer() throws Exception {
        assertEquals(TrainerSettings.named("sgd-lr"), TrainerSettings.load(Path.of("training/trainers/sgd-lr.properties")));
        assertEquals(TrainerSettings.DEFAULT, TrainerSettings.load(Path.of("training/trainers/liblinear-lr.properties")));
        Path bad = Files.writeString(dir.resolve("bad.properties"), "trainer=forest\n");
        CommandOutput run = CommandOutput.run("train", "--data", TINY, "--settings", bad.toString(),
                "--output", dir.resolve("x.tribuo").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("unknown trainer 'forest': use liblinear-lr or sgd-lr"), run.err());
    }

    @Test
    void missingDataFileIsAClearError() {
        CommandOutput run = CommandOutput.run("train", "--data", "no/such/file.jsonl", "--output", dir.resolve("never.tribuo").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no such file or folder: no/such/file.jsonl"), run.err());
    }

    @Test
    void evaluatePrintsTableJsonAndPicture() throws Exception {
        Path model = dir.resolve("m.tribuo");
        assertEquals(0, CommandOutput.run("train", "--data", TINY, "--no-compare", "--output", model.toString()).exitCode());
        CommandOutput table = CommandOutput.run("evaluate", "--model", model.toString(), "--data", TINY);
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("56 examples"), table.out());
        assertTrue(table.out().contains("expected calibration error"), table.out());
        Path picture = dir.resolve("confusion.png");
        CommandOutput json = CommandOutput.run("evaluate", "--model", model.toString(), "--data", TRICKY, "--json",
                "--picture", picture.toString());
        assertEquals(0, json.exitCode(), json.err());
        JsonNode parsed = new ObjectMapper().readTree(json.out());
        assertEquals(40, parsed.get("examples").asInt());
        assertTrue(parsed.get("expectedCalibrationError").isNumber(), json.out());
        assertTrue(ImageIO.read(picture.toFile()).getHeight() > 400);
    }
}
