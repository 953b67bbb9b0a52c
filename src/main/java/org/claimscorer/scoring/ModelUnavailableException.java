package org.claimscorer.scoring;

/** Thrown when a claim is scored before a model has been loaded; the HTTP layer answers 503. */
public final class ModelUnavailableException extends RuntimeException {

    public ModelUnavailableException() {
        super("no model is loaded yet");
    }
}
