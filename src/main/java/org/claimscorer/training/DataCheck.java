package org.claimscorer.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimscorer.claim.LabelledClaim;

/**
 * The outcome of checking training data.
 *
 * @param problems one message per problem, each starting {@code file:line} where a record is at fault
 * @param warnings things worth knowing that do not stop training
 * @param usable   the records that passed the per-record checks, in file order
 */
record DataCheck(List<String> problems, List<String> warnings, List<DataRecord> usable) {

    /** Whether the data can be trained on. */
    boolean passed() {
        return problems.isEmpty();
    }

    /** The labelled claims of one split. */
    List<LabelledClaim> split(String split) {
        return records(split).stream().map(DataRecord::toClaim).toList();
    }

    /** The records of one split. */
    List<DataRecord> records(String split) {
        return usable.stream().filter(r -> split.equals(r.field("split"))).toList();
    }

    /** Examples per split, then per label (every label listed). */
    Map<String, Map<String, Integer>> counts() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        RecordRules.SPLITS.forEach(split -> counts.put(split, TrainingSession.countByLabel(split(split))));
        return counts;
    }

    /** Distinct cue texts, compared in lower case. */
    int distinctCues() {
        Set<String> cues = usable.stream().map(r -> r.field("cue")).filter(c -> c != null)
                .map(c -> c.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return cues.size();
    }

    /** Records carried by context (rule 5): a source or cue found in the context but not in the claim. */
    long contextCarried() {
        return usable.stream().filter(DataCheck::carriedByContext).count();
    }

    /** The summary printed after a successful check. */
    String summary() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d records%n", usable.size()));
        counts().forEach((split, byLabel) -> out.append(String.format(Locale.ROOT, "  %-5s %5d  %s%n", split,
                byLabel.values().stream().mapToInt(Integer::intValue).sum(), byLabel)));
        out.append(String.format(Locale.ROOT, "distinct cues: %d%n", distinctCues()));
        out.append(String.format(Locale.ROOT, "carried by context (rule 5): %d (%.1f%%)%n", contextCarried(),
                usable.isEmpty() ? 0.0 : 100.0 * contextCarried() / usable.size()));
        return out.toString();
    }

    private static boolean carriedByContext(DataRecord record) {
        String claim = record.field("claim");
        String context = record.field("context") == null ? "" : record.field("context");
        for (String span : new String[] {record.field("source"), record.field("cue")}) {
            if (span != null && !claim.contains(span) && context.contains(span)) {
                return true;
            }
        }
        return false;
    }
}
