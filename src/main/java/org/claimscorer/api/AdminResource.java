package org.claimscorer.api;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.claimscorer.scoring.ReloadOutcome;
import org.claimscorer.scoring.ReloadTrigger;
import org.claimscorer.scoring.ServingModel;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operator endpoints under {@code /admin} on the service port: 404 unless
 * {@code claim-scorer.admin.token} is set, 401 without a bearer token, 403 with a wrong one. A
 * gateway in front of the service should block {@code /admin/} from outside. Left out of the public
 * OpenAPI document.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final AdminAccess access;
    private final ServingModel serving;

    public AdminResource(AdminAccess access, ServingModel serving) {
        this.access = access;
        this.serving = serving;
    }

    /**
     * Reloads the configured model file and card: 200 naming the new model when it was accepted,
     * 409 problem with the reason (the old model still serving) when it was rejected: the request
     * was fine, the file conflicts with what this code can serve.
     */
    @POST
    @Path("/model/reload")
    @Operation(hidden = true)
    public Response reload(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String path = "/admin/model/reload";
        return access.refusal(authorization, path).orElseGet(() -> answer(serving.reload(ReloadTrigger.ADMIN), path));
    }

    private static Response answer(ReloadOutcome outcome, String path) {
        if (outcome.accepted()) {
            return Response.ok(new Reloaded("accepted", outcome.serving())).build();
        }
        String still = outcome.serving() == null ? "no model is serving"
                : "still serving " + outcome.serving().name() + " " + outcome.serving().version();
        return Problem.of(Response.Status.CONFLICT, "model-rejected", "Model rejected",
                outcome.reason() + "; " + still, path, List.of()).toResponse();
    }
}
