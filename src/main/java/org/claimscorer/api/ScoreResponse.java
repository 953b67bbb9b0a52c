package org.claimscorer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.scoring.ClaimScore;
import org.claimscorer.scoring.ModelIdentity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer for one claim.
 *
 * @param requestId     the request's identifier, when it had one
 * @param label         the most probable attribution label
 * @param score         attribution strength in [0, 1]: expected strength weight under the probabilities
 * @param probabilities probability of each of the seven labels
 * @param features      the evidence found
 * @param model         the model that answered
 */
@Schema(description = "Attribution label, strength score, label probabilities and evidence for one claim.")
public record ScoreResponse(@JsonInclude(JsonInclude.Include.NON_NULL) String requestId, AttributionLabel label,
                            double score, Map<AttributionLabel, Double> probabilities, FeaturesView features,
                            ModelIdentity model) {

    static ScoreResponse of(String requestId, ClaimScore score) {
        Map<AttributionLabel, Double> probabilities = new LinkedHashMap<>();
        for (AttributionLabel label : AttributionLabel.values()) {
            probabilities.put(label, score.probabilities().get(label));
        }
        return new ScoreResponse(requestId, score.label(), score.score(), probabilities,
                FeaturesView.of(score.evidence()), score.model());
    }
}
