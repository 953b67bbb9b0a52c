package org.claimscorer.features;

import java.util.List;
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
 * @param names              the model's feature names, unique, in a stable order
 */
public record AttributionFeatures(Evidence source, SourceType sourceType, Evidence cue,
                                  Evidence contextSource, SourceType contextSourceType, Evidence contextCue,
                                  List<Evidence> hedges, List<Evidence> denials, List<Evidence> anonymity,
                                  List<Evidence> quotes, TextSpan claimInContext, List<String> names) {

    /** The model's features, each with value 1. */
    public List<Feature> modelFeatures() {
        return names.stream().map(name -> new Feature(name, 1.0)).toList();
    }
}
