/**
 * HTTP: request and response records, validation, RFC 9457 problem responses, health checks,
 * metrics configuration and the token-guarded admin endpoint. Resources are a few lines per
 * endpoint over {@code scoring}.
 *
 * <p>The OpenAPI document's title, and the problem responses several endpoints share, are defined once
 * here; a resource lists those it can give by name, e.g. {@code @APIResponse(responseCode = "400",
 * ref = "InvalidRequest")}.
 */
@OpenAPIDefinition(
        info = @Info(title = "claim-scorer", version = "1.0",
                description = "Scores how well a news claim is attributed to a source."),
        components = @Components(responses = {
                @APIResponse(name = "InvalidRequest",
                        description = "Invalid field or malformed JSON; the problem names the field.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "BodyTooLarge", description = "Body over 1 MiB.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NoModel", description = "No model loaded yet.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))}))
package org.claimscorer.api;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
