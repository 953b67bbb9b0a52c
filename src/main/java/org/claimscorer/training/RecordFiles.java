package org.claimscorer.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads and writes labelled-data files as {@link DataRecord}s: JSON Lines ({@code *.jsonl}, one object a
 * line) or CSV ({@code *.csv}, RFC 4180: a header row naming the same fields, quoted fields may span
 * lines). An empty CSV cell reads as null, as JSON null does, except {@code context}, which is never null
 * and reads as the empty string. Never throws for bad content: a record
 * that cannot be parsed carries its {@code parseError}. Thread-safe.
 */
public final class RecordFiles {

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final CsvMapper csv = new CsvMapper();

    /** The data files a path stands for: the file itself, or a folder's {@code *.jsonl} and {@code *.csv} in name order. */
    public List<Path> files(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("no such file or folder: " + path);
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listing = Files.list(path)) {
            return listing.filter(RecordFiles::isDataFile).sorted().toList();
        }
    }

    /** Every record of every file the path stands for, in order. */
    public List<DataRecord> read(Path path) throws IOException {
        List<DataRecord> records = new ArrayList<>();
        for (Path file : files(path)) {
            records.addAll(isCsv(file) ? readCsv(file) : readJsonLines(file));
        }
        return records;
    }

    /** Writes records as JSON Lines, or as CSV when the file name ends in {@code .csv}. */
    public void write(List<DataRecord> records, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (isCsv(file)) {
                writeCsv(records, out);
            } else {
                for (DataRecord record : records) {
                    out.write(json.writeValueAsString(record.fields()));
                    out.write('\n');
                }
            }
        }
    }

    private List<DataRecord> readJsonLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<DataRecord> records = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            if (!lines.get(n).isBlank()) {
                records.add(jsonRecord(file.toString(), n + 1, lines.get(n)));
            }
        }
        return records;
    }

    private DataRecord jsonRecord(String file, int line, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return new DataRecord(file, line, Map.of(), "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!node.isObject()) {
            return new DataRecord(file, line, Map.of(), "not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(f -> fields.put(f.getKey(),
                f.getValue().isNull() ? null : f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
        return new DataRecord(file, line, fields, null);
    }

    private List<DataRecord> readCsv(Path file) throws IOException {
        List<DataRecord> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            int line = 2;
            while (true) {
                try {
                    if (!rows.hasNextValue()) {
                        return records;
                    }
                    Map<String, String> row = rows.nextValue();
                    row.replaceAll((k, v) -> v != null && !v.isEmpty() ? v : k.equals("context") ? "" : null);
                    records.add(new DataRecord(file.toString(), line, row, null));
                    line = rows.getCurrentLocation().getLineNr();
                } catch (JsonProcessingException e) {
                    // A broken quote or row leaves the parser nowhere sensible to resume: report and stop.
                    records.add(new DataRecord(file.toString(), line, Map.of(), "not valid CSV (" + e.getOriginalMessage() + ")"));
                    return records;
                }
            }
        }
    }

    private void writeCsv(List<DataRecord> records, BufferedWriter out) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        records.forEach(r -> columns.addAll(r.fields().keySet()));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try (SequenceWriter rows = csv.writer(schema.build()).writeValues(out)) {
            for (DataRecord record : records) {
                Map<String, String> row = new LinkedHashMap<>();
                columns.forEach(c -> row.put(c, record.fields().get(c) == null ? "" : record.fields().get(c)));
                rows.write(row);
            }
        }
    }

    private static boolean isDataFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jsonl") || name.endsWith(".csv");
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().endsWith(".csv");
    }
}
