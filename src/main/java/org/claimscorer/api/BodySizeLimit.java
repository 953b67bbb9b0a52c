package org.claimscorer.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a declared body over {@code quarkus.http.limits.max-body-size} with 413 and a problem body
 * before anything reads it. A chunked body (no Content-Length) over the limit is cut off by Quarkus
 * REST itself with a bare 413, which no application handler can reach.
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
                tooLarge(context);
            } else {
                context.next();
            }
        }, 100);
    }

    private void tooLarge(RoutingContext context) {
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
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
