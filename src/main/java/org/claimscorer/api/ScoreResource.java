package org.claimscorer.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.IntStream;
import org.claimscorer.scoring.ClaimScore;
import org.claimscorer.scoring.ClaimScorer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Scores claims: one at a time or in batches. */
@Path("/v1/score")
@APIResponse(responseCode = "400", ref = "InvalidRequest")
@APIResponse(responseCode = "413", ref = "BodyTooLarge")
@APIResponse(responseCode = "503", ref = "NoModel")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScoreResource {

    private final ClaimScorer scorer;

    public ScoreResource(ClaimScorer scorer) {
        this.scorer = scorer;
    }

    /**
     * Runs on the I/O thread: scoring is pure computation bounded by the 100,000-character context
     * (microseconds for a typical request, a few milliseconds at the limit), so handing it to a worker
     * thread would cost more than it saves.
     */
    @POST
    @NonBlocking
    @Operation(summary = "Score one claim", description = "Attribution label, probabilities, strength score and evidence with spans.")
    @APIResponse(responseCode = "200", description = "The claim's label, probabilities, strength and evidence.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreResponse.class)))
    public ScoreResponse score(@NotNull(message = "a JSON body is required") @Valid ScoreRequest body) {
        return ScoreResponse.of(body.requestId(), scorer.score(body.toClaim(), body.weightOverrides()));
    }

    /**
     * Runs on the I/O thread too. A batch is bounded by the 1 MiB body, so it holds the thread for tens
     * of milliseconds at worst (ten contexts of 95,000 characters: 21 to 46 ms here). On worker threads
     * every connection's batch was scored at once: on two cores that multiplied the memory in flight,
     * the thread switches and the collections, for about two thirds of the items per second
     * (README "Benchmarks").
     */
    @POST
    @NonBlocking
    @Path("/batch")
    @Operation(summary = "Score 1 to 256 claims", description = "Results in request order, all from one model.")
    @APIResponse(responseCode = "200", description = "One result per item, in request order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResponse.class)))
    public BatchResponse batch(@NotNull(message = "a JSON body is required") @Valid BatchRequest body) {
        List<ScoreRequest> items = body.items();
        List<ClaimScore> scores = scorer.scoreAll(items.stream().map(ScoreRequest::toWeightedClaim).toList());
        return new BatchResponse(IntStream.range(0, items.size())
                .mapToObj(i -> ScoreResponse.of(items.get(i).requestId(), scores.get(i))).toList());
    }
}
