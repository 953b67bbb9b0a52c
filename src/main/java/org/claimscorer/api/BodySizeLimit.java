package org.claimscorer.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with 413 and a problem body. A
 * declared body (Content-Length) is refused before anything reads it. A chunked body is read here,
 * counting bytes as they arrive, and refused as soon as it passes the limit; otherwise it is handed
 * to Quarkus REST whole (which then reads it from memory instead of the connection), so it never
 * reaches Quarkus REST's own limit check, whose 413 has no body.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
    }

    void declaredLength(@Observes Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredTooLarge(length)) {
                tooLarge(context, true);
            } else if (length == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true)) {
                readChunked(context);
            } else {
                context.next();
            }
        }, 100);
    }

    private void readChunked(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        long[] dropped = {-1};
        request.handler(chunk -> {
            if (dropped[0] < 0 && body.length() + (long) chunk.length() <= maxBytes) {
                body.appendBuffer(chunk);
            } else {
                drop(context, dropped, chunk.length());
            }
        });
        request.endHandler(end -> {
            if (dropped[0] < 0) {
                context.setBody(body);
                context.next();
            } else if (!context.response().ended()) {
                tooLarge(context, false);
            }
        });
        request.resume();
    }

    /**
     * Drops a refused chunked body until it ends, then answers 413: answering while the client is
     * still sending would close the connection under it and lose the answer. A client that sends
     * another limit's worth after the refusal gets its 413 and the connection closed at once.
     */
    private void drop(RoutingContext context, long[] dropped, int length) {
        dropped[0] = Math.max(dropped[0], 0) + length;
        if (dropped[0] > maxBytes && !context.response().ended()) {
            tooLarge(context, true);
        }
    }

    private void tooLarge(RoutingContext context, boolean closeConnection) {
        if (closeConnection) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end("{\"type\":\"https://claim-scorer.dev/problems/body-too-large\",\"title\":\"Body too large\","
                        + "\"status\":413,\"detail\":\"the request body is over the limit of " + maxBytes
                        + " bytes\",\"instance\":\"" + safePath(context.normalizedPath()) + "\"}");
    }

    private boolean declaredTooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String safePath(String path) {
        return path == null ? "" : path.replaceAll("[^A-Za-z0-9/_.-]", "");
    }
}
