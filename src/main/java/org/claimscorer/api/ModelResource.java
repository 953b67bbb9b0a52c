package org.claimscorer.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.claimscorer.scoring.ClaimScorer;
import org.claimscorer.scoring.ModelUnavailableException;
import org.claimscorer.scoring.ServingModel;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Describes the serving model. */
@Path("/v1/model")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    private final ServingModel serving;
    private final ClaimScorer scorer;

    public ModelResource(ServingModel serving, ClaimScorer scorer) {
        this.serving = serving;
        this.scorer = scorer;
    }

    @GET
    @Operation(summary = "The serving model", description = "Name, version, labels, weights, training data and headline metrics.")
    public ModelInfo model() {
        return ModelInfo.of(serving.current().orElseThrow(ModelUnavailableException::new), scorer.weights());
    }
}
