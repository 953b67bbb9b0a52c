package org.claimscorer.api;

import org.claimscorer.features.Evidence;
import org.claimscorer.features.Origin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A piece of evidence with its span.
 *
 * @param text  the exact text
 * @param start UTF-16 code-unit offset of its first character in the string named by {@code in}
 * @param end   UTF-16 code-unit offset one past its last character
 * @param in    "claim" or "context": which request string the offsets index
 */
@Schema(description = "Text found, with UTF-16 code-unit offsets [start, end) into the claim or the context "
        + "(as JavaScript's String.prototype.substring counts them).")
public record SpanView(String text, int start, int end, @Schema(enumeration = {"claim", "context"}) String in) {

    static SpanView of(Evidence evidence) {
        return evidence == null ? null : new SpanView(evidence.text(), evidence.start(), evidence.end(),
                evidence.origin() == Origin.CLAIM ? "claim" : "context");
    }
}
