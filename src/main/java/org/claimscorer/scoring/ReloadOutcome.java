package org.claimscorer.scoring;

/**
 * The result of one reload attempt.
 *
 * @param accepted whether the new model was validated and is now serving
 * @param serving  the model serving after the attempt (the old one when rejected)
 * @param reason   why the model was rejected; null when accepted
 */
public record ReloadOutcome(boolean accepted, ModelIdentity serving, String reason) { }
