package org.claimscorer.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscorer.model.ModelCards;

/**
 * Installs a candidate model as the served one without a reader ever seeing a half-written file. Every
 * file (confusion pictures, JSON card, Markdown card, model) is first copied to a hidden temporary name
 * ({@code .NAME.*.part}) in the served folder, then each is moved onto its served name with
 * {@code ATOMIC_MOVE}, in that order: the cards before the model, so the model file -- the one the
 * service loads and its watcher should react to -- changes last, when its card already describes it.
 * A reader that sees the new card with the old model for that moment gets a card/model mismatch
 * ({@code ModelCards.readFor} refuses it) and should keep the model it serves and wait for the model
 * file's own change. Every promotion is appended as one JSON line to {@code promotions.jsonl} beside
 * the served model.
 */
final class ModelPromotion {

    private final ObjectMapper json = new ObjectMapper();

    /** Copies the candidate's files beside {@code served} under the served names, model last. */
    void install(Path candidate, Path served) throws IOException {
        Path folder = served.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Path> file : filesToInstall(candidate, served).entrySet()) {
                Path temporary = Files.createTempFile(folder, "." + file.getValue().getFileName(), ".part");
                Files.copy(file.getKey(), temporary, StandardCopyOption.REPLACE_EXISTING);
                readableByAll(temporary);
                staged.put(temporary, file.getValue());
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path temporary : staged.keySet()) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Appends one promotion to the log beside the served model, creating it if needed. */
    void log(Path served, Map<String, Object> entry) throws IOException {
        Path log = served.toAbsolutePath().resolveSibling("promotions.jsonl");
        Files.writeString(log, json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** Candidate file to served file, in installation order: pictures, JSON card, Markdown card, model. */
    private static Map<Path, Path> filesToInstall(Path candidate, Path served) throws IOException {
        Map<Path, Path> files = new LinkedHashMap<>();
        for (Path picture : pictures(candidate)) {
            String set = picture.getFileName().toString().replaceFirst("^.*\\.confusion-", "").replaceFirst("\\.png$", "");
            files.put(picture, ModelCards.picturePathFor(served, set));
        }
        files.put(ModelCards.jsonPathFor(candidate), ModelCards.jsonPathFor(served));
        files.put(ModelCards.markdownPathFor(candidate), ModelCards.markdownPathFor(served));
        files.put(candidate, served);
        return files;
    }

    private static List<Path> pictures(Path candidate) throws IOException {
        String prefix = ModelCards.picturePathFor(candidate, "").getFileName().toString().replace(".png", "");
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(candidate.toAbsolutePath().getParent(), prefix + "*.png")) {
            listing.forEach(found::add);
        }
        found.sort(null);
        return found;
    }

    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
