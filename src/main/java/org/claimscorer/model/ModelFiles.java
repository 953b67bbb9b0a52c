package org.claimscorer.model;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimscorer.claim.AttributionLabel;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Reads and writes attribution models as Tribuo protobuf files ({@code .tribuo}) and checks that a
 * model read fits this code. Never uses Java object serialisation. Stateless and thread-safe.
 */
public final class ModelFiles {

    private final String expectedFeatureSet;

    /** Model files for code whose feature extractor has this feature-set version. */
    public ModelFiles(String expectedFeatureSet) {
        this.expectedFeatureSet = expectedFeatureSet;
    }

    /**
     * Reads and validates a model.
     *
     * @throws ModelRejectedException when the file is unreadable or the model does not fit this code
     */
    public AttributionModel read(Path file) throws ModelRejectedException {
        Model<?> raw = deserialise(file);
        if (!raw.validate(Label.class)) {
            throw new ModelRejectedException("model " + file.getFileName() + " is not a classification model");
        }
        return validated(raw.castModel(Label.class), file.getFileName().toString());
    }

    /** Writes a model atomically (temporary file, then move), so a reader never sees half a file. */
    public void write(AttributionModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".part");
        try {
            model.tribuoModel().serializeToFile(temporary);
            readableByAll(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Temporary files are owner-only; a model must be readable by the service's own user too. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Wraps a freshly trained Tribuo model, validating it exactly as a model read from disk. */
    public AttributionModel wrap(Model<Label> model) throws ModelRejectedException {
        return validated(model, "(in memory)");
    }

    private AttributionModel validated(Model<Label> model, String name) throws ModelRejectedException {
        if (!model.generatesProbabilities()) {
            throw new ModelRejectedException("model " + name + " does not produce probabilities");
        }
        checkLabels(model, name);
        String featureSet = provenanceValue(model, AttributionModel.FEATURE_SET_KEY);
        if (!expectedFeatureSet.equals(featureSet)) {
            throw new ModelRejectedException("model " + name + " was trained with feature set '" + featureSet
                    + "' but this code extracts feature set '" + expectedFeatureSet + "'");
        }
        return new AttributionModel(model, provenanceValue(model, AttributionModel.NAME_KEY),
                provenanceValue(model, AttributionModel.VERSION_KEY), featureSet);
    }

    private static Model<?> deserialise(Path file) throws ModelRejectedException {
        if (!Files.isRegularFile(file)) {
            throw new ModelRejectedException("model file not found: " + file);
        }
        try {
            return Model.deserializeFromFile(file);
        } catch (IOException | RuntimeException e) {
            throw new ModelRejectedException("model file " + file.getFileName()
                    + " is not a readable Tribuo protobuf model (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void checkLabels(Model<Label> model, String name) throws ModelRejectedException {
        Set<String> domain = model.getOutputIDInfo().getDomain().stream().map(Label::getLabel).collect(Collectors.toSet());
        Set<String> expected = EnumSet.allOf(AttributionLabel.class).stream().map(Enum::name).collect(Collectors.toSet());
        if (!domain.equals(expected)) {
            throw new ModelRejectedException("model " + name + " predicts labels " + domain
                    + " but the labelling guide defines " + expected);
        }
    }

    private static String provenanceValue(Model<?> model, String key) throws ModelRejectedException {
        Provenance value = model.getProvenance().getInstanceProvenance().getMap().get(key);
        if (value == null) {
            throw new ModelRejectedException("model provenance has no '" + key + "' entry");
        }
        return value.toString();
    }
}
