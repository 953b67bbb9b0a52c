package org.claimscorer.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.claimscorer.scoring.ClaimScorer;
import org.claimscorer.scoring.ModelDescription;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Describes the serving model. */
@Path("/v1/model")
@APIResponse(responseCode = "503", ref = "NoModel")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    private final ClaimScorer scorer;

    public ModelResource(ClaimScorer scorer) {
        this.scorer = scorer;
    }

    @GET
    @Operation(summary = "The serving model", description = "Name, version, labels, weights, training data and headline metrics.")
    @APIResponse(responseCode = "200", description = "The model being served.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelDescription.class)))
    public ModelDescription model() {
        return scorer.describeModel();
    }
}
