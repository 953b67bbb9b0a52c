package org.claimscorer.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.claim.LabelledClaim;

/**
 * Reads labelled claims in the guide's JSON Lines record format from a file or a folder of
 * {@code *.jsonl} files (in name order). Every line is checked and all problems are reported
 * together. Thread-safe.
 */
public final class LabelledClaimReader {

    private final ObjectMapper json = new ObjectMapper();

    /** All records of a file, or of every {@code *.jsonl} file in a folder. */
    public List<LabelledClaim> read(Path path) throws IOException, DataFileException {
        List<LabelledClaim> all = new ArrayList<>();
        for (Path file : files(path)) {
            all.addAll(readFile(file));
        }
        return all;
    }

    /** The data files a path stands for, in name order. */
    public List<Path> files(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("no such file or folder: " + path);
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listing = Files.list(path)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    private List<LabelledClaim> readFile(Path file) throws IOException, DataFileException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledClaim> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (!lines.get(n).isBlank()) {
                parse(lines.get(n), n + 1, problems).ifPresent(records::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(file.toString(), problems);
        }
        return records;
    }

    private Optional<LabelledClaim> parse(String line, int number, List<String> problems) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (IOException e) {
            problems.add("line " + number + ": not valid JSON");
            return Optional.empty();
        }
        String id = text(node, "id");
        String claim = text(node, "claim");
        Optional<AttributionLabel> label = AttributionLabel.parse(text(node, "label"));
        if (id == null || claim == null || claim.isBlank()) {
            problems.add("line " + number + ": missing id or claim");
            return Optional.empty();
        }
        if (label.isEmpty()) {
            problems.add("line " + number + " (" + id + "): unknown label '" + text(node, "label") + "'");
            return Optional.empty();
        }
        return Optional.of(new LabelledClaim(id, Claim.of(claim, text(node, "context")), label.get(),
                text(node, "source"), text(node, "cue"), text(node, "split"), text(node, "domain")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
