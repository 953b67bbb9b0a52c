package org.claimscorer.scoring;

import java.time.Instant;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCard;

/**
 * A model the service has loaded and validated, with its card. Immutable: a request that has read
 * one finishes on it even if another model is swapped in meanwhile.
 *
 * @param model    the model
 * @param card     its model card
 * @param loadedAt when it was validated and made current
 */
record LoadedModel(AttributionModel model, ModelCard card, Instant loadedAt) {

    ModelIdentity identity() {
        return new ModelIdentity(model.name(), model.version());
    }
}
