package org.claimscorer.scoring;

import java.util.Map;
import java.util.Objects;
import org.claimscorer.claim.AttributionLabel;

/**
 * The answer for one claim.
 *
 * @param label         the most probable label
 * @param score         attribution strength in [0, 1]: expected strength weight under the probabilities
 * @param probabilities probability of each of the seven labels, in label order
 * @param evidence      what the label rests on and everything else the extractor found, with spans
 * @param model         the model that answered
 */
public record ClaimScore(AttributionLabel label, double score, Map<AttributionLabel, Double> probabilities,
                         ClaimEvidence evidence, ModelIdentity model) {

    public ClaimScore {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(model, "model");
        probabilities = Map.copyOf(probabilities);
    }
}
