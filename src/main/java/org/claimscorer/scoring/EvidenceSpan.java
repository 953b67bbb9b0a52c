package org.claimscorer.scoring;

import org.claimscorer.features.Evidence;
import org.claimscorer.features.Origin;

/**
 * A piece of evidence with its UTF-16 code-unit span {@code [start, end)} in the claim or the context.
 *
 * @param text  the exact text
 * @param start offset of its first code unit
 * @param end   offset one past its last code unit
 * @param in    "claim" or "context": which string the offsets index
 */
public record EvidenceSpan(String text, int start, int end, String in) {

    static EvidenceSpan of(Evidence evidence) {
        return evidence == null ? null : new EvidenceSpan(evidence.text(), evidence.start(), evidence.end(),
                evidence.origin() == Origin.CLAIM ? "claim" : "context");
    }
}
