package org.claimscorer.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.features.FeatureExtractor;

/**
 * What the commands share: the bundled feature extractor, the reader, and data hashing and counting.
 */
final class TrainingSession {

    final FeatureExtractor extractor = FeatureExtractor.bundled();
    final ExampleFactory examples = new ExampleFactory(extractor);
    final LabelledClaimReader reader = new LabelledClaimReader();

    /** SHA-256 over the bytes of the data files, in name order. */
    String sha256(Path data) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : reader.files(data)) {
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
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
