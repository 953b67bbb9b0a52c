package org.claimscorer.claim;

import java.util.Objects;

/**
 * One labelled example in the guide's record format.
 *
 * @param id     unique identifier of the record
 * @param claim  the claim and its context
 * @param label  the gold label
 * @param source exact text of the source mention, or null
 * @param cue    exact text of the attribution cue (or hedge phrase), or null
 * @param split  the data split the record belongs to ("train", "test"), or null when unsplit
 * @param domain  the news domain the record was written for, or null
 * @param article the whole article the record's sentence belongs to, or null for a claim written alone
 */
public record LabelledClaim(String id, Claim claim, AttributionLabel label, String source, String cue,
                            String split, String domain, String article) {

    public LabelledClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(label, "label");
    }

    /** A claim written alone, not part of a whole labelled article. */
    public LabelledClaim(String id, Claim claim, AttributionLabel label, String source, String cue, String split,
                         String domain) {
        this(id, claim, label, source, cue, split, domain, null);
    }

    /** Whether the record is a sentence of a whole labelled article, the way real news reaches the service. */
    public boolean fromArticle() {
        return article != null;
    }
}
