package org.claimscorer.scoring;

import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;

/**
 * A claim to score with its per-request strength weights.
 *
 * @param claim           the claim and its context
 * @param weightOverrides weights replacing the configured ones for some labels; may be empty, not null
 */
public record WeightedClaim(Claim claim, Map<AttributionLabel, Double> weightOverrides) { }
