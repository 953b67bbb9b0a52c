package org.claimscorer.claim;

/**
 * Optional publisher metadata of the text a claim was published in. Every field may be null.
 *
 * @param publisher   the outlet's name
 * @param url         where the text was published
 * @param publishedAt the publication time as the caller gave it (ISO-8601 expected, not parsed)
 */
public record ClaimMetadata(String publisher, String url, String publishedAt) {
    /** Metadata with no field set. */
    public static final ClaimMetadata NONE = new ClaimMetadata(null, null, null);
}
