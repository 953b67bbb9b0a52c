package org.claimscorer.scoring;

import java.util.List;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.features.AttributionFeatures;
import org.claimscorer.features.Evidence;

/**
 * The evidence behind a score, as a caller sees it.
 *
 * @param source         the source mention the label rests on, or null
 * @param sourceType     what kind of party the source is (a {@code SourceType} name), or null without a source
 * @param cue            the attribution cue, the hedge for HEDGED, the denial word for DENIAL; null when none
 * @param hedges         hedge phrases in the claim
 * @param denials        denial words and phrases in the claim
 * @param anonymity      anonymity markers in the claim
 * @param quotes         quoted passages in the claim
 * @param claimInContext where the claim sits in the context, or null when it was not found there
 */
public record ClaimEvidence(EvidenceSpan source, String sourceType, EvidenceSpan cue, List<EvidenceSpan> hedges,
                            List<EvidenceSpan> denials, List<EvidenceSpan> anonymity, List<EvidenceSpan> quotes,
                            Offsets claimInContext) {

    /**
     * UTF-16 code-unit offsets {@code [start, end)} of the claim in the context.
     *
     * @param start offset of the claim's first code unit
     * @param end   offset one past its last code unit
     */
    public record Offsets(int start, int end) { }

    static ClaimEvidence of(AttributionFeatures features, AttributionLabel label) {
        AttributionFeatures.Grounds grounds = features.groundsFor(label);
        var located = features.claimInContext();
        return new ClaimEvidence(EvidenceSpan.of(grounds.source()),
                grounds.source() == null ? null : grounds.type().name(),
                EvidenceSpan.of(grounds.cue()), spans(features.hedges()), spans(features.denials()),
                spans(features.anonymity()), spans(features.quotes()),
                located == null ? null : new Offsets(located.start(), located.end()));
    }

    private static List<EvidenceSpan> spans(List<Evidence> evidence) {
        return evidence.stream().map(EvidenceSpan::of).toList();
    }
}
