package org.claimscorer.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.claim.LabelledClaim;

/**
 * One record of a labelled-data file as read, before any check: where it was, its fields as text
 * (a field present with a null value differs from a missing field), or why it could not be parsed.
 *
 * @param file       the file it was read from, as given
 * @param line       1-based line where the record starts
 * @param fields     field name to text value (null for JSON null or an empty CSV cell), in file order
 * @param parseError why the record could not be read ("not valid JSON"), or null when it was read
 */
public record DataRecord(String file, int line, Map<String, String> fields, String parseError) {

    public DataRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The text of a field, or null when it is null or missing. */
    public String field(String name) {
        return fields.get(name);
    }

    /** {@code file:line}, the start of every message about this record. */
    public String location() {
        return file + ":" + line;
    }

    /** {@code file:line [id]}, or just the location when the record has no id. */
    public String where() {
        return field("id") == null ? location() : location() + " [" + field("id") + "]";
    }

    /**
     * What a record is grouped by so that related records stay together (splits, folds): its
     * {@code article} for article files, else its context, else its claim -- the rule the data's
     * {@code split} field was assigned by.
     */
    public String group() {
        String article = field("article");
        String context = field("context");
        return article != null ? "article:" + article
                : context != null && !context.isBlank() ? "context:" + context : "claim:" + field("claim");
    }

    /** The labelled claim; call only on a record whose id, claim and label passed the checks. */
    public LabelledClaim toClaim() {
        return new LabelledClaim(field("id"), Claim.of(field("claim"), field("context")),
                AttributionLabel.parse(field("label")).orElseThrow(), field("source"), field("cue"),
                field("split"), field("domain"), field("article"));
    }
}
