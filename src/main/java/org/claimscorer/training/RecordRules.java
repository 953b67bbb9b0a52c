package org.claimscorer.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.claimscorer.claim.AttributionLabel;

/**
 * The checks one record must pass on its own, each failure a reason without the record's location.
 * {@link #readable} is what any labelled file needs (evaluation files included); {@link #complete} adds
 * what training data needs: a {@code context} and {@code split} field, and {@code source} / {@code cue}
 * as the labelling guide wants them (UNATTRIBUTED: both null; HEDGED: no source, the hedge as cue;
 * DENIAL: the denial as cue, the denier as source when there is one; every other label: both), each an
 * exact substring of the claim or the context. Stateless.
 */
final class RecordRules {

    /** The split values training data may use. */
    static final List<String> SPLITS = List.of("train", "test");

    /** Why a record cannot be read as a labelled claim at all; empty when it can. */
    List<String> readable(DataRecord record) {
        if (record.parseError() != null) {
            return List.of(record.parseError());
        }
        List<String> reasons = new ArrayList<>();
        for (String field : List.of("id", "claim", "label")) {
            if (record.field(field) == null || record.field(field).isBlank()) {
                reasons.add("missing field '" + field + "'");
            }
        }
        if (record.field("label") != null && AttributionLabel.parse(record.field("label")).isEmpty()) {
            reasons.add("unknown label '" + record.field("label") + "' (labels: "
                    + String.join(", ", Arrays.stream(AttributionLabel.values()).map(Enum::name).toList()) + ")");
        }
        return reasons;
    }

    /** Why a record cannot be training data; empty when it can. */
    List<String> complete(DataRecord record) {
        List<String> reasons = new ArrayList<>(readable(record));
        if (record.parseError() != null) {
            return reasons;
        }
        if (!record.fields().containsKey("context")) {
            reasons.add("missing field 'context' (use \"\" when the claim is its own context)");
        }
        String split = record.field("split");
        if (split == null) {
            reasons.add("missing field 'split'");
        } else if (!SPLITS.contains(split)) {
            reasons.add("unknown split '" + split + "' (splits: train, test)");
        }
        Optional<AttributionLabel> label = AttributionLabel.parse(record.field("label"));
        if (label.isPresent() && record.field("claim") != null) {
            reasons.addAll(spans(record, label.get()));
        }
        return reasons;
    }

    private static List<String> spans(DataRecord record, AttributionLabel label) {
        List<String> reasons = new ArrayList<>();
        String source = record.field("source");
        String cue = record.field("cue");
        switch (label) {
            case UNATTRIBUTED -> {
                if (source != null || cue != null) {
                    reasons.add("UNATTRIBUTED takes no source or cue (both null)");
                }
            }
            case HEDGED -> {
                if (source != null) {
                    reasons.add("HEDGED takes no source (source must be null)");
                }
                if (cue == null) {
                    reasons.add("HEDGED needs the hedge phrase as cue");
                }
            }
            case DENIAL -> {
                if (cue == null) {
                    reasons.add("DENIAL needs the denial word or phrase as cue");
                }
            }
            default -> {
                if (source == null || cue == null) {
                    reasons.add(label + " needs both source and cue (source " + quoted(source) + ", cue " + quoted(cue) + ")");
                }
            }
        }
        notFound(record, "source", source).ifPresent(reasons::add);
        notFound(record, "cue", cue).ifPresent(reasons::add);
        return reasons;
    }

    private static Optional<String> notFound(DataRecord record, String field, String text) {
        String context = record.field("context") == null ? "" : record.field("context");
        if (text == null || record.field("claim").contains(text) || context.contains(text)) {
            return Optional.empty();
        }
        return Optional.of(field + " '" + text + "' not found in the claim or the context");
    }

    private static String quoted(String text) {
        return text == null ? "null" : "'" + text + "'";
    }
}
