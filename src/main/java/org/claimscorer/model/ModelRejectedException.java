package org.claimscorer.model;

/**
 * Thrown when a model file cannot be used by this code: unreadable, not a Tribuo classification
 * model, missing labels, not probabilistic, or trained with another feature set. The message says
 * which, naming both versions where they differ; it never contains claim text.
 */
public final class ModelRejectedException extends Exception {

    public ModelRejectedException(String message) {
        super(message);
    }

    public ModelRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
