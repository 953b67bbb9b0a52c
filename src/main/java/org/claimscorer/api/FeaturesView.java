package org.claimscorer.api;

import java.util.List;
import org.claimscorer.features.Evidence;
import org.claimscorer.features.TextSpan;
import org.claimscorer.scoring.ClaimScore;
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
@Schema(description = "Evidence found in the claim and its context, each with its span.")
public record FeaturesView(SpanView source, String sourceType, SpanView cue, List<SpanView> hedges,
                           List<SpanView> denials, List<SpanView> anonymity, List<SpanView> quotes,
                           Offsets claimInContext) {

    /**
     * A span of the context.
     *
     * @param start UTF-16 offset of the claim's first character in the context
     * @param end   UTF-16 offset one past its last character
     */
    public record Offsets(int start, int end) { }

    static FeaturesView of(ClaimScore score) {
        var f = score.features();
        String type = score.source() == null ? null : score.sourceType().name();
        TextSpan located = f.claimInContext();
        return new FeaturesView(SpanView.of(score.source()), type, SpanView.of(score.cue()), views(f.hedges()),
                views(f.denials()), views(f.anonymity()), views(f.quotes()),
                located == null ? null : new Offsets(located.start(), located.end()));
    }

    private static List<SpanView> views(List<Evidence> evidence) {
        return evidence.stream().map(SpanView::of).toList();
    }
}
