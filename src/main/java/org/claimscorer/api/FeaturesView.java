package org.claimscorer.api;

import java.util.List;
import org.claimscorer.scoring.ClaimEvidence;
import org.claimscorer.scoring.EvidenceSpan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The evidence behind a score.
 *
 * @param source         the source mention the label rests on, or null
 * @param sourceType     what kind of party the source is (e.g. NAMED_OFFICIAL, ORGANISATION), or null
 * @param cue            the attribution cue, the hedge for HEDGED, or the denial word; null when none
 * @param hedges         hedge phrases in the claim
 * @param denials        denial words and phrases in the claim
 * @param anonymity      anonymity markers in the claim
 * @param quotes         quoted passages in the claim
 * @param claimInContext where the claim sits in the context, or null when not found there
 */
@Schema(description = "Evidence found in the claim and its context. Every span gives UTF-16 code-unit offsets "
        + "[start, end) into the string named by 'in' (\"claim\" or \"context\"), as Java's String.substring and "
        + "JavaScript's String.prototype.substring count them.")
public record FeaturesView(Span source, String sourceType, Span cue, List<Span> hedges, List<Span> denials,
                           List<Span> anonymity, List<Span> quotes, Offsets claimInContext) {

    /**
     * Text found, with UTF-16 code-unit offsets into the claim or the context.
     *
     * @param text  the exact text
     * @param start offset of its first code unit
     * @param end   offset one past its last code unit
     * @param in    "claim" or "context": which request string the offsets index
     */
    @Schema(description = "Text found, with UTF-16 code-unit offsets [start, end) into the claim or the context.")
    public record Span(String text, int start, int end, @Schema(enumeration = {"claim", "context"}) String in) {

        static Span of(EvidenceSpan evidence) {
            return evidence == null ? null : new Span(evidence.text(), evidence.start(), evidence.end(), evidence.in());
        }
    }

    /**
     * Where the claim sits in the context.
     *
     * @param start UTF-16 offset of the claim's first character in the context
     * @param end   UTF-16 offset one past its last character
     */
    public record Offsets(int start, int end) { }

    static FeaturesView of(ClaimEvidence e) {
        ClaimEvidence.Offsets located = e.claimInContext();
        return new FeaturesView(Span.of(e.source()), e.sourceType(), Span.of(e.cue()), spans(e.hedges()),
                spans(e.denials()), spans(e.anonymity()), spans(e.quotes()),
                located == null ? null : new Offsets(located.start(), located.end()));
    }

    private static List<Span> spans(List<EvidenceSpan> spans) {
        return spans.stream().map(Span::of).toList();
    }
}
