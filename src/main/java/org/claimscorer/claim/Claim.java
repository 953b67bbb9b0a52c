package org.claimscorer.claim;

import java.util.Objects;

/**
 * A claim (usually one sentence) and the text it was published in.
 *
 * @param text     the claim; never null
 * @param context  the surrounding text; never null, empty when the claim is its own context
 * @param metadata publisher metadata; never null
 */
public record Claim(String text, String context, ClaimMetadata metadata) {

    public Claim {
        Objects.requireNonNull(text, "text");
        context = context == null ? "" : context;
        metadata = metadata == null ? ClaimMetadata.NONE : metadata;
    }

    /** A claim with a context and no metadata. */
    public static Claim of(String text, String context) {
        return new Claim(text, context, ClaimMetadata.NONE);
    }
}
