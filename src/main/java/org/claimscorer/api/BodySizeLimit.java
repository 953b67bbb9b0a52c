package org.claimscorer.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Answers a declared body over the limit with 413 and a problem body before anything reads it.
 * Bodies without a Content-Length are cut off by {@code quarkus.http.limits.max-body-size}.
 */
@Singleton
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(HttpLimitsConfig config) {
        this.maxBytes = config.maxBodyBytes();
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredTooLarge(length)) {
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"https://claim-scorer.dev/problems/body-too-large\",\"title\":\"Body too large\","
                                + "\"status\":413,\"detail\":\"the request body is over the limit of " + maxBytes
                                + " bytes\",\"instance\":\"" + safePath(context.normalizedPath()) + "\"}");
                return;
            }
            context.next();
        }, 100);
    }

    private boolean declaredTooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String safePath(String path) {
        return path == null ? "" : path.replaceAll("[^A-Za-z0-9/_.-]", "");
    }
}
