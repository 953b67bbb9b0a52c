package org.claimscorer.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.claimscorer.scoring.ModelUnavailableException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem response: validation and JSON errors name the
 * offending field; nothing echoes input or reveals a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(JsonPaths.ofViolation(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(Response.Status.BAD_REQUEST, "invalid-field", "Invalid request field",
                summary(errors), uri.getPath(), errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return fieldProblem(JsonPaths.of(e.getPath()), "unknown field", uri);
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e, UriInfo uri) {
        Class<?> target = e.getTargetType();
        String message = target != null && target.isEnum()
                ? "unknown label; expected one of " + Arrays.toString(target.getEnumConstants())
                : "wrong type: expected " + JsonPaths.expected(target);
        return fieldProblem(JsonPaths.of(e.getPath()), message, uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException parse) {
            return syntax(parse, uri);
        }
        if (e instanceof InvalidFormatException format) {
            return badValue(format, uri);
        }
        String field = JsonPaths.of(e.getPath());
        return field.isEmpty() ? malformed("the body must be a JSON object", uri)
                : fieldProblem(field, "wrong type: expected " + JsonPaths.expected(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response otherMapping(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof StreamConstraintsException limits) {
            return tooDeep(limits, uri);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return syntax(parse, uri);
        }
        String field = JsonPaths.of(e.getPath());
        return field.isEmpty() ? malformed("the body does not match the request schema", uri)
                : fieldProblem(field, "invalid value for this field", uri);
    }

    private Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch, uri);
        }
        if (e instanceof JsonMappingException mapping) {
            return otherMapping(mapping, uri);
        }
        if (e instanceof StreamConstraintsException limits) {
            return tooDeep(limits, uri);
        }
        if (e instanceof JsonParseException parse) {
            return syntax(parse, uri);
        }
        return otherJson(e, uri);
    }

    @ServerExceptionMapper
    public Response syntax(JsonParseException e, UriInfo uri) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return malformed("duplicate key at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), uri);
        }
        return malformed("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr(), uri);
    }

    @ServerExceptionMapper
    public Response tooDeep(StreamConstraintsException e, UriInfo uri) {
        return malformed("JSON exceeds the parser's nesting or size limits", uri);
    }

    @ServerExceptionMapper
    public Response notUtf8(StrictUtf8.NotUtf8Exception e, UriInfo uri) {
        return malformed(e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return malformed("malformed JSON", uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        Response.Status known = status == null ? Response.Status.BAD_REQUEST : status;
        return Problem.of(known, "http-" + known.getStatusCode(), known.getReasonPhrase(),
                known.getReasonPhrase(), uri.getPath(), List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response noModel(ModelUnavailableException e, UriInfo uri) {
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "model-unavailable", "No model loaded",
                "the service has no model loaded yet; retry later", uri.getPath(), List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // Only the type: messages from libraries can contain request text.
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        if (ClientDisconnect.caused(e)) {
            // Not a server fault, and nobody is left to read the answer: only worth seeing when debugging.
            LOG.debugf("client closed the connection during %s", uri.getPath());
        } else {
            LOG.errorf("unexpected %s on %s", e.getClass().getName(), uri.getPath());
        }
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the request could not be processed", uri.getPath(), List.of()).toResponse();
    }

    private static Response fieldProblem(String field, String message, UriInfo uri) {
        if (field.isEmpty()) {
            return malformed("the body must be a JSON object", uri);
        }
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, message));
        return Problem.of(Response.Status.BAD_REQUEST, "invalid-field", "Invalid request field",
                summary(errors), uri.getPath(), errors).toResponse();
    }

    private static Response malformed(String detail, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, "malformed-json", "Malformed JSON body", detail,
                uri.getPath(), List.of()).toResponse();
    }

    private static String summary(List<Problem.FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }
}
