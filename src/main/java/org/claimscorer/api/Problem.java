package org.claimscorer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem body. Never carries a stack trace or the caller's input: only field names
 * and the rule each broke.
 *
 * @param type     URI naming the kind of problem
 * @param title    short summary of that kind
 * @param status   the HTTP status
 * @param detail   what went wrong with this request
 * @param instance the request path
 * @param errors   one entry per offending field, empty when no field is to blame
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details.")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** Media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://claim-scorer.dev/problems/";

    /**
     * One offending field.
     *
     * @param field   JSON path of the field, e.g. {@code claim} or {@code items[3].context}
     * @param message the rule it broke
     */
    public record FieldError(String field, String message) { }

    static Problem of(Response.Status status, String slug, String title, String detail, String instance,
                      List<FieldError> errors) {
        return new Problem(TYPE_BASE + slug, title, status.getStatusCode(), detail, instance, errors);
    }

    Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
