package org.claimscorer.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code convert}: labelled data between JSON Lines and CSV, every field kept (null as an empty CSV
 * cell), records in order. Refuses input with unreadable records rather than dropping them.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert labelled data between JSON Lines and CSV (same fields, header row).")
final class ConvertCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "JSONL/CSV file or folder to read")
    Path data;
    @Option(names = "--to", required = true, description = "output format: csv or jsonl")
    String format;
    @Option(names = "--output", required = true, description = "file to write")
    Path output;

    @Override
    public Integer call() {
        if (!format.equals("csv") && !format.equals("jsonl")) {
            System.err.println("error: --to must be csv or jsonl, not '" + format + "'");
            return 2;
        }
        if (!output.getFileName().toString().endsWith("." + format)) {
            System.err.println("error: --output must end in ." + format);
            return 2;
        }
        try {
            RecordFiles files = new RecordFiles();
            List<DataRecord> records = files.read(data);
            List<String> problems = new ArrayList<>();
            records.stream().filter(r -> r.parseError() != null).forEach(r -> problems.add(r.location() + ": " + r.parseError()));
            if (!problems.isEmpty()) {
                throw new DataFileException(problems);
            }
            files.write(records, output);
            System.out.println("wrote " + records.size() + " records to " + output);
            return 0;
        } catch (DataFileException | IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
