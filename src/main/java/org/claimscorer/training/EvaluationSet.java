package org.claimscorer.training;

import java.util.List;
import org.claimscorer.claim.LabelledClaim;

/**
 * A labelled set a model is measured on.
 *
 * @param description what the set is, for the card
 * @param claims      its claims
 */
record EvaluationSet(String description, List<LabelledClaim> claims) { }
