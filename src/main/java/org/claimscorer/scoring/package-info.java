/**
 * The use case: a claim in, a {@link org.claimscorer.scoring.ClaimScore} out, using the loaded model
 * and the configured strength weights. Owns the model's lifecycle in the service (load and validate
 * at start-up; validated reloads swapped in atomically, from the directory watcher or on request;
 * rejections kept for readiness) and the prediction and reload metrics. Quarkus config and CDI are
 * used here and in {@code api} only.
 */
package org.claimscorer.scoring;
