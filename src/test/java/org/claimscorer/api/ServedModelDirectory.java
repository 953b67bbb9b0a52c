package org.claimscorer.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory for swap tests: {@code models/} served by the application under test (a copy
 * of the bundled model and its card) and {@code staging/} where tests write fixtures before placing them.
 *
 * @param root the temporary directory
 */
record ServedModelDirectory(Path root) {

    static ServedModelDirectory create() {
        try {
            Path root = Files.createTempDirectory("claim-scorer-swap");
            Files.createDirectories(root.resolve("models"));
            Files.createDirectories(root.resolve("staging"));
            for (String file : new String[] {"attribution.tribuo", "attribution.card.json"}) {
                Files.copy(Path.of("models", file), root.resolve("models").resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return new ServedModelDirectory(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the directory tree when the test JVM ends; links are removed, never followed. */
    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + root + ": " + e.getMessage());
        }
    }

    /** Deletes the served directory and everything in it, as an operator clearing it out might; links are never followed. */
    void removeServedDirectory() throws IOException {
        try (Stream<Path> paths = Files.walk(served().getParent())) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The model file the application serves. */
    Path served() {
        return root.resolve("models/attribution.tribuo");
    }

    /** A path for a fixture that the application does not watch. */
    Path staged(String fileName) {
        return root.resolve("staging").resolve(fileName);
    }
}
