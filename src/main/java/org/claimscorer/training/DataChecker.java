package org.claimscorer.training;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks training data as a whole: every record by {@link RecordRules#complete}, then across records:
 * duplicate ids, the same claim in both splits (leakage), a claim that also appears in a hold-out file
 * (leakage into a set the model is judged on), and an empty {@code train} split. An empty {@code test}
 * split is only a warning (small experiments). Claims are compared after {@link #normalised}. Stateless.
 */
final class DataChecker {

    private final RecordRules rules = new RecordRules();
    private final Map<String, DataRecord> holdout = new HashMap<>();

    /** A checker that also rejects claims found in these hold-out records (e.g. the real-news seed set). */
    DataChecker(List<DataRecord> holdoutRecords) {
        holdoutRecords.stream().filter(r -> r.field("claim") != null)
                .forEach(r -> holdout.putIfAbsent(normalised(r.field("claim")), r));
    }

    /** Every problem of these records, with the summary of the usable ones. */
    DataCheck check(List<DataRecord> records) {
        List<String> problems = new ArrayList<>();
        List<DataRecord> usable = new ArrayList<>();
        for (DataRecord record : records) {
            List<String> reasons = rules.complete(record);
            reasons.forEach(reason -> problems.add(record.where() + ": " + reason));
            if (reasons.isEmpty()) {
                usable.add(record);
            }
        }
        problems.addAll(crossRecord(usable));
        List<String> warnings = new ArrayList<>();
        DataCheck check = new DataCheck(problems, warnings, usable);
        if (check.split("train").isEmpty()) {
            problems.add("the 'train' split is empty: no record has \"split\": \"train\"");
        }
        if (check.split("test").isEmpty()) {
            warnings.add("the 'test' split is empty: train will report no test metrics");
        }
        return check;
    }

    /**
     * A claim's text as compared for leakage: Unicode NFKC, curly quotes and apostrophes made straight,
     * lower case, runs of white space as one space, trimmed.
     */
    static String normalised(String claim) {
        String text = Normalizer.normalize(claim, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201B\u2032]", "'").replaceAll("[\u201C\u201D\u201F\u2033]", "\"");
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private List<String> crossRecord(List<DataRecord> records) {
        List<String> problems = new ArrayList<>();
        Map<String, DataRecord> ids = new HashMap<>();
        Map<String, Map<String, DataRecord>> claimsBySplit = new LinkedHashMap<>();
        for (DataRecord record : records) {
            DataRecord first = ids.putIfAbsent(record.field("id"), record);
            if (first != null) {
                problems.add(record.where() + ": duplicate id (first at " + first.location() + ")");
            }
            String claim = normalised(record.field("claim"));
            for (Map.Entry<String, Map<String, DataRecord>> split : claimsBySplit.entrySet()) {
                DataRecord other = split.getValue().get(claim);
                if (other != null && !split.getKey().equals(record.field("split"))) {
                    problems.add(record.where() + ": claim also in split '" + split.getKey() + "' at "
                            + other.where() + " (leakage between splits)");
                }
            }
            claimsBySplit.computeIfAbsent(record.field("split"), s -> new HashMap<>()).putIfAbsent(claim, record);
            DataRecord held = holdout.get(claim);
            if (held != null) {
                problems.add(record.where() + ": claim also in hold-out file at " + held.where() + " (leakage)");
            }
        }
        return problems;
    }
}
