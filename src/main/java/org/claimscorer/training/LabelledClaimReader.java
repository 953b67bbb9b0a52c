package org.claimscorer.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimscorer.claim.LabelledClaim;

/**
 * Reads labelled claims from a JSON Lines or CSV file, or a folder of them (in name order), checking
 * only what any labelled file needs (parseable, id, claim, a known label); {@link DataChecker} checks
 * training data in full. All problems are reported together, one per bad record. Thread-safe.
 */
public final class LabelledClaimReader {

    private final RecordFiles files = new RecordFiles();
    private final RecordRules rules = new RecordRules();

    /** All records of a file, or of every data file in a folder. */
    public List<LabelledClaim> read(Path path) throws IOException, DataFileException {
        List<DataRecord> records = files.read(path);
        List<String> problems = new ArrayList<>();
        for (DataRecord record : records) {
            rules.readable(record).forEach(reason -> problems.add(record.where() + ": " + reason));
        }
        if (!problems.isEmpty()) {
            throw new DataFileException(problems);
        }
        return records.stream().map(DataRecord::toClaim).toList();
    }

    /** The data files a path stands for, in name order. */
    public List<Path> files(Path path) throws IOException {
        return files.files(path);
    }
}
