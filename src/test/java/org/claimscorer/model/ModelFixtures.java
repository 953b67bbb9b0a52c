package org.claimscorer.model;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.training.ExampleFactory;
import org.claimscorer.training.LabelledClaimReader;
import org.claimscorer.training.TrainerSettings;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;

/**
 * Model files for swap tests and the soak command, trained in milliseconds from the tiny fixture:
 * valid ones with their cards, and each kind the service must refuse. Files are written in a
 * staging directory; {@link #place} moves a model and its card into a served directory the way
 * promotion does (temporary file, then atomic move).
 */
public final class ModelFixtures {

    /** The bundled extractor, whose feature-set version valid fixtures carry. */
    public static final FeatureExtractor EXTRACTOR = FeatureExtractor.bundled();
    private static final Path TINY = Path.of("src/test/resources/model/tiny.jsonl");
    private static final Path GOLDEN = Path.of("src/test/resources/model/golden.tribuo");

    private ModelFixtures() {
    }

    /** A valid model named "tiny" with this version, and its card, written at {@code file}. */
    public static AttributionModel writeValid(Path file, String version) throws Exception {
        Model<Label> model = train(claims(), TrainerSettings.DEFAULT.trainer(1L, 1), version, EXTRACTOR.version());
        model.serializeToFile(file);
        writeCard(file, version);
        return new ModelFiles(EXTRACTOR.version()).read(file);
    }

    /** A model without probabilities (a linear SVM), with a card. */
    public static void writeNonProbabilistic(Path file, String version) throws Exception {
        Trainer<Label> svm = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_L2LOSS_SVC), 1.0, 1000, 0.01, 1L);
        train(claims(), svm, version, EXTRACTOR.version()).serializeToFile(file);
        writeCard(file, version);
    }

    /** A model that never saw DENIAL, so its labels differ from the guide's seven; with a card. */
    public static void writeWrongLabels(Path file, String version) throws Exception {
        List<LabelledClaim> noDenials = claims().stream().filter(c -> c.label() != AttributionLabel.DENIAL).toList();
        train(noDenials, TrainerSettings.DEFAULT.trainer(1L, 1), version, EXTRACTOR.version()).serializeToFile(file);
        writeCard(file, version);
    }

    /** A valid model recorded as trained with another feature set (the committed golden model). */
    public static void writeWrongFeatureSet(Path file) throws IOException {
        Files.copy(GOLDEN, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The first half of {@code from}'s bytes. */
    public static void writeTruncated(Path file, Path from) throws IOException {
        byte[] bytes = Files.readAllBytes(from);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** Bytes that are no model at all. */
    public static void writeGarbage(Path file) throws IOException {
        Files.writeString(file, "not a model, just text");
    }

    /**
     * Moves a copy of {@code model} and of its JSON card (when there is one) to {@code target} and
     * its card path, each through a temporary file and an atomic move, card first.
     */
    public static void place(Path model, Path target) throws IOException {
        Path card = ModelCards.jsonPathFor(model);
        if (Files.exists(card)) {
            atomicCopy(card, ModelCards.jsonPathFor(target));
        }
        atomicCopy(model, target);
    }

    private static void atomicCopy(Path from, Path to) throws IOException {
        Path temporary = Files.createTempFile(to.toAbsolutePath().getParent(), "staged", ".part");
        Files.copy(from, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<LabelledClaim> claims() throws Exception {
        return new LabelledClaimReader().read(TINY);
    }

    private static Model<Label> train(List<LabelledClaim> claims, Trainer<Label> trainer, String version,
                                      String featureSet) {
        Map<String, Provenance> instance = new LinkedHashMap<>();
        instance.put(AttributionModel.NAME_KEY, new StringProvenance(AttributionModel.NAME_KEY, "tiny"));
        instance.put(AttributionModel.VERSION_KEY, new StringProvenance(AttributionModel.VERSION_KEY, version));
        instance.put(AttributionModel.FEATURE_SET_KEY, new StringProvenance(AttributionModel.FEATURE_SET_KEY, featureSet));
        return trainer.train(new ExampleFactory(EXTRACTOR).dataset(claims, "tiny fixture", ExampleFactory.KEEP_EVERY_WORD), instance);
    }

    private static void writeCard(Path file, String version) throws IOException {
        new ModelCards().write(new ModelCard("tiny", version, "2026-01-01T00:00:00Z", EXTRACTOR.version(), "4.3.2",
                new ModelCard.Trainer("liblinear-lr", Map.of()), new ModelCard.Data("00", Map.of()), Map.of(), Map.of()),
                file);
    }
}
