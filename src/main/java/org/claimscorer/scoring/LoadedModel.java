package org.claimscorer.scoring;

import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCard;

/**
 * A model the service has loaded and validated, with its card.
 *
 * @param model the model
 * @param card  its model card
 */
record LoadedModel(AttributionModel model, ModelCard card) { }
