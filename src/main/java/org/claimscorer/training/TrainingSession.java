package org.claimscorer.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.features.FeatureExtractor;

/**
 * What the commands share: the bundled feature extractor, reading and checking data, hashing and counting.
 */
final class TrainingSession {

    final FeatureExtractor extractor = FeatureExtractor.bundled();
    final ExampleFactory examples = new ExampleFactory(extractor);
    final LabelledClaimReader reader = new LabelledClaimReader();
    final RecordFiles files = new RecordFiles();

    /**
     * Training data checked in full, also against the claims of hold-out files.
     *
     * @throws DataFileException listing every problem when the check fails
     */
    DataCheck check(Path data, List<Path> holdouts) throws IOException, DataFileException {
        List<DataRecord> held = new ArrayList<>();
        for (Path file : holdouts) {
            held.addAll(files.read(file));
        }
        DataCheck check = new DataChecker(held).check(files.read(data));
        if (!check.passed()) {
            throw new DataFileException(check.problems());
        }
        check.warnings().forEach(w -> System.out.println("warning: " + w));
        return check;
    }

    /** SHA-256 over the bytes of the data files, in name order. */
    String sha256(Path data) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.files(data)) {
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * SHA-256 of everything that shapes a model: the data, the feature set and the trainer settings, so
     * two models with the same version are the same model.
     */
    String fingerprint(String dataSha256, String settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {dataSha256, extractor.version(), settings}) {
                sha.update((part + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Examples per label, every label present. */
    static Map<String, Integer> countByLabel(List<LabelledClaim> claims) {
        Map<String, Integer> counts = new TreeMap<>();
        for (AttributionLabel label : AttributionLabel.values()) {
            counts.put(label.name(), 0);
        }
        claims.forEach(c -> counts.merge(c.label().name(), 1, Integer::sum));
        return counts;
    }
}
