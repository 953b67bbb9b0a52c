/**
 * The use case: a claim in, a {@link org.claimscorer.scoring.ClaimScore} out, using the loaded model
 * and the configured strength weights. Owns the model's lifecycle in the service (load and validate
 * at start-up, readiness) and the prediction metrics. Quarkus config and CDI are used here and in
 * {@code api} only.
 */
package org.claimscorer.scoring;
