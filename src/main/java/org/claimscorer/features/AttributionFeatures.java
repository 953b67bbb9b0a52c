package org.claimscorer.features;

import java.util.List;
import org.claimscorer.claim.AttributionLabel;
import org.tribuo.Feature;

/**
 * Everything the extractor found for one claim: the evidence a person reads (each with its span)
 * and the named features the model reads. Offsets of evidence found in the claim index the claim;
 * those found in the context index the context.
 *
 * @param source             the claim's own source mention, or null
 * @param sourceType         the type of that source ({@link SourceType#UNKNOWN} when there is none)
 * @param cue                the claim's own attribution cue, or null
 * @param contextSource      the source of a neighbouring sentence that may carry over (rule 5), or null
 * @param contextSourceType  the type of that source ({@link SourceType#UNKNOWN} when there is none)
 * @param contextCue         the cue of that neighbouring attribution, or null
 * @param hedges             hedge phrases in the claim
 * @param denials            denial words and phrases in the claim
 * @param anonymity          anonymity markers in the claim
 * @param quotes             quoted passages in the claim
 * @param claimInContext     where the claim sits in the context, or null when it was not found there
 * @param denier             who issues the claim's denial, or null
 * @param denierType         the type of that party ({@link SourceType#UNKNOWN} when there is none)
 * @param denialCue          the denial word that goes with {@code denier}, or null
 * @param names              the model's feature names, unique, in a stable order
 */
public record AttributionFeatures(Evidence source, SourceType sourceType, Evidence cue,
                                  Evidence contextSource, SourceType contextSourceType, Evidence contextCue,
                                  List<Evidence> hedges, List<Evidence> denials, List<Evidence> anonymity,
                                  List<Evidence> quotes, TextSpan claimInContext, Evidence denier,
                                  SourceType denierType, Evidence denialCue, List<String> names) {

    /**
     * The source, its type and the cue a label rests on, per the guide's span conventions.
     *
     * @param source the source mention, or null
     * @param type   what kind of party it names ({@link SourceType#UNKNOWN} without a source)
     * @param cue    the attribution cue, the hedge for HEDGED, the denial word for DENIAL, or null
     */
    public record Grounds(Evidence source, SourceType type, Evidence cue) {
        static final Grounds NONE = new Grounds(null, SourceType.UNKNOWN, null);
    }

    /** What the given label rests on: the claim's own source, the denier, a hedge, or a source carried by context. */
    public Grounds groundsFor(AttributionLabel label) {
        return switch (label) {
            case UNATTRIBUTED -> Grounds.NONE;
            case HEDGED -> new Grounds(null, SourceType.UNKNOWN, hedges.isEmpty() ? null : hedges.get(0));
            case DENIAL -> denier != null ? new Grounds(denier, denierType, denialCue)
                    : new Grounds(null, SourceType.UNKNOWN, denials.isEmpty() ? null : denials.get(0));
            default -> source != null || contextSource == null ? new Grounds(source, sourceType, cue)
                    : new Grounds(contextSource, contextSourceType, contextCue);
        };
    }

    /** The model's features, each with value 1. */
    public List<Feature> modelFeatures() {
        return names.stream().map(name -> new Feature(name, 1.0)).toList();
    }
}
