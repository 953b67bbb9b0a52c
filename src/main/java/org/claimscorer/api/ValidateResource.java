package org.claimscorer.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Checks a scoring request without scoring it: the same body limits, UTF-8 and JSON checks and field
 * validation as {@code POST /v1/score}, answered with a small receipt. Integrators use it to test their
 * payloads without spending scoring capacity; the load test uses it as the HTTP stack's own ceiling for
 * a ~1 KB JSON body.
 */
@Path("/v1/validate")
@APIResponse(responseCode = "400", ref = "InvalidRequest")
@APIResponse(responseCode = "413", ref = "BodyTooLarge")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ValidateResource {

    @POST
    @NonBlocking
    @Operation(summary = "Check a scoring request without scoring it",
            description = "The same validation as POST /v1/score; answers with the request id and the lengths read.")
    @APIResponse(responseCode = "200", description = "The request is valid: its request id and the lengths read.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestReceipt.class)))
    public RequestReceipt validate(@NotNull(message = "a JSON body is required") @Valid ScoreRequest body) {
        return RequestReceipt.of(body);
    }
}
