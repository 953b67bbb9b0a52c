package org.claimscorer.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;

/**
 * Reads and writes model cards beside their model: {@code NAME.tribuo} has {@code NAME.card.json}
 * and {@code NAME.card.md}. Thread-safe.
 */
public final class ModelCards {

    private static final List<String> LABELS = Arrays.stream(AttributionLabel.values()).map(Enum::name).toList();

    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The JSON card's path for a model file. */
    public static Path jsonPathFor(Path modelFile) {
        return modelFile.resolveSibling(baseName(modelFile) + ".card.json");
    }

    /** The Markdown card's path for a model file. */
    public static Path markdownPathFor(Path modelFile) {
        return modelFile.resolveSibling(baseName(modelFile) + ".card.md");
    }

    /** Reads the JSON card beside a model file. */
    public ModelCard read(Path modelFile) throws IOException {
        return json.readValue(jsonPathFor(modelFile).toFile(), ModelCard.class);
    }

    /**
     * Reads the card beside a model and checks it describes that model.
     *
     * @throws ModelRejectedException when the card is missing, unreadable, incomplete or names another model
     */
    public ModelCard readFor(AttributionModel model, Path modelFile) throws ModelRejectedException {
        ModelCard card;
        try {
            card = read(modelFile);
        } catch (IOException e) {
            throw new ModelRejectedException("cannot read the model card " + jsonPathFor(modelFile).getFileName()
                    + " (" + e.getClass().getSimpleName() + ")", e);
        }
        boolean complete = card.trainedAt() != null && card.trainer() != null && card.data() != null
                && card.metrics() != null && card.baseline() != null;
        boolean same = model.name().equals(card.name()) && model.version().equals(card.version())
                && model.featureSetVersion().equals(card.featureSetVersion());
        if (!complete || !same) {
            throw new ModelRejectedException("model card " + jsonPathFor(modelFile).getFileName()
                    + (same ? " is incomplete" : " describes " + card.name() + " " + card.version()
                    + " but the model is " + model.name() + " " + model.version()));
        }
        return card;
    }

    /**
     * Writes both cards beside a model file, each atomically (temporary file, then move), so a reader
     * never sees half a card. Write the cards before the model when replacing a served model.
     */
    public void write(ModelCard card, Path modelFile) throws IOException {
        replace(jsonPathFor(modelFile), json.writeValueAsString(card));
        replace(markdownPathFor(modelFile), markdown(card));
    }

    private static void replace(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".part");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The card as Markdown for people. */
    public String markdown(ModelCard card) {
        StringBuilder md = new StringBuilder();
        md.append("# Model card: ").append(card.name()).append(' ').append(card.version()).append("\n\n");
        md.append("- Trained: ").append(card.trainedAt()).append('\n');
        md.append("- Feature set: `").append(card.featureSetVersion()).append("`\n");
        md.append("- Tribuo: ").append(card.tribuoVersion()).append('\n');
        md.append("- Trainer: `").append(card.trainer().name()).append("` ").append(card.trainer().hyperparameters()).append('\n');
        md.append("- Training data SHA-256: `").append(card.data().sha256()).append("`\n\n");
        md.append("## Data\n\n| split | ").append(String.join(" | ", LABELS)).append(" | total |\n");
        md.append("|---".repeat(LABELS.size() + 2)).append("|\n");
        card.data().counts().forEach((split, counts) -> md.append("| ").append(split).append(" | ")
                .append(String.join(" | ", LABELS.stream().map(l -> String.valueOf(counts.getOrDefault(l, 0))).toList()))
                .append(" | ").append(counts.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n"));
        md.append("\n## Quality\n\n");
        card.metrics().forEach((set, evaluation) -> evaluationSection(md, set, evaluation, card.baseline().get(set)));
        if (!card.trainerComparison().isEmpty()) {
            trainerSection(md, card);
        }
        return md.toString();
    }

    /** The confusion-matrix picture's path for a model file and an evaluation set. */
    public static Path picturePathFor(Path modelFile, String set) {
        return modelFile.resolveSibling(baseName(modelFile) + ".confusion-" + set + ".png");
    }

    private static void trainerSection(StringBuilder md, ModelCard card) {
        List<String> sets = List.copyOf(card.metrics().keySet());
        md.append("## Trainer comparison (macro-F1 / accuracy, same data and seed)\n\n| trainer | hyperparameters | ")
                .append(String.join(" | ", sets)).append(" |\n").append("|---".repeat(sets.size() + 2)).append("|\n");
        card.trainerComparison().forEach((trainer, run) -> md.append("| `").append(trainer).append('`')
                .append(trainer.equals(card.trainer().name()) ? " (this model)" : "").append(" | ")
                .append(run.hyperparameters()).append(" | ").append(String.join(" | ", sets.stream()
                        .map(set -> pair(run.macroF1().get(set), run.accuracy().get(set))).toList())).append(" |\n"));
        md.append("| rules-only baseline | no learning | ").append(String.join(" | ", sets.stream().map(set -> {
            ModelCard.Evaluation b = card.baseline().get(set);
            return b == null ? "-" : pair(b.macroF1(), b.accuracy());
        }).toList())).append(" |\n");
    }

    private static String pair(Double macroF1, Double accuracy) {
        return macroF1 == null ? "-" : format(macroF1) + " / " + format(accuracy);
    }

    private static void evaluationSection(StringBuilder md, String set, ModelCard.Evaluation model,
                                          ModelCard.Evaluation baseline) {
        md.append("### ").append(set).append(" (").append(model.examples()).append(" examples)\n\n");
        md.append(model.description()).append("\n\n");
        md.append("| | model | rules-only baseline |\n|---|---|---|\n");
        md.append(row("accuracy", model.accuracy(), baseline == null ? null : baseline.accuracy()));
        md.append(row("macro-F1", model.macroF1(), baseline == null ? null : baseline.macroF1()));
        for (Map.Entry<String, ModelCard.LabelScores> e : model.perLabel().entrySet()) {
            Double base = baseline == null || !baseline.perLabel().containsKey(e.getKey()) ? null
                    : baseline.perLabel().get(e.getKey()).f1();
            md.append(row("F1 " + e.getKey() + " (n=" + e.getValue().support() + ")", e.getValue().f1(), base));
        }
        if (model.expectedCalibrationError() != null) {
            md.append(row("expected calibration error (10 bins)", model.expectedCalibrationError(), null));
        }
        md.append('\n');
    }

    private static String row(String name, double value, Double baseline) {
        return "| " + name + " | " + format(value) + " | " + (baseline == null ? "-" : format(baseline)) + " |\n";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String baseName(Path modelFile) {
        String file = modelFile.getFileName().toString();
        return file.endsWith(".tribuo") ? file.substring(0, file.length() - ".tribuo".length()) : file;
    }
}
