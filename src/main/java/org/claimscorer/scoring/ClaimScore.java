package org.claimscorer.scoring;

import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.features.AttributionFeatures;
import org.claimscorer.features.Evidence;
import org.claimscorer.features.SourceType;
import org.claimscorer.model.LabelProbabilities;

/**
 * The answer for one claim.
 *
 * @param label         the most probable label
 * @param score         attribution strength in [0, 1]
 * @param probabilities probability of each label
 * @param features      everything the extractor found
 * @param source        the source mention the label rests on: the claim's own, or a neighbouring
 *                      sentence's when the label is carried by context (rule 5); null when none
 * @param sourceType    what kind of party {@code source} names; UNKNOWN when there is no source
 * @param cue           the cue that goes with {@code source}, the hedge for HEDGED, the denial word for
 *                      DENIAL; null when none
 * @param modelName     name of the model that scored the claim
 * @param modelVersion  version of the model that scored the claim
 */
public record ClaimScore(AttributionLabel label, double score, LabelProbabilities probabilities,
                         AttributionFeatures features, Evidence source, SourceType sourceType, Evidence cue,
                         String modelName,
                         String modelVersion) { }
