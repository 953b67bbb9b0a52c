package org.claimscorer.api;

import org.claimscorer.scoring.ModelIdentity;

/**
 * Answer to an accepted model reload.
 *
 * @param outcome always "accepted"
 * @param model   the model now serving
 */
public record Reloaded(String outcome, ModelIdentity model) { }
