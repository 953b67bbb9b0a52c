package org.claimscorer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.claim.ClaimMetadata;
import org.claimscorer.scoring.WeightedClaim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim to score.
 *
 * @param claim     the claim, usually one sentence
 * @param context   the text the claim was published in
 * @param meta      publisher metadata
 * @param requestId caller's identifier, echoed back
 * @param weights   per-request strength weights replacing the configured ones for some labels
 */
@Schema(description = "A claim and the text it was published in.")
public record ScoreRequest(
        @Schema(description = "The claim, usually one sentence.", maxLength = 2000, example = "The plant will close in May, a company spokesperson said.")
        @NotBlank @Size(max = ScoreRequest.MAX_CLAIM) String claim,
        @Schema(description = "The paragraph or article the claim was published in; may be omitted.", maxLength = 100000)
        @Size(max = ScoreRequest.MAX_CONTEXT) String context,
        @Schema(description = "Publisher metadata.") @Valid ClaimMeta meta,
        @Schema(description = "Caller's identifier, echoed back in the response.", maxLength = 128)
        @Size(max = 128) String requestId,
        @Schema(description = "Strength weights in [0, 1] replacing the configured ones for this request, by label.")
        Map<@NotNull AttributionLabel, @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double> weights) {

    /** Longest claim accepted, in UTF-16 code units. */
    public static final int MAX_CLAIM = 2000;
    /** Longest context accepted, in UTF-16 code units. */
    public static final int MAX_CONTEXT = 100_000;

    Claim toClaim() {
        ClaimMetadata metadata = meta == null ? ClaimMetadata.NONE
                : new ClaimMetadata(meta.publisher(), meta.url(), meta.publishedAt());
        return new Claim(claim, context, metadata);
    }

    WeightedClaim toWeightedClaim() {
        return new WeightedClaim(toClaim(), weightOverrides());
    }

    Map<AttributionLabel, Double> weightOverrides() {
        return weights == null ? Map.of() : weights;
    }
}
