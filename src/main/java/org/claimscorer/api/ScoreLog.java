package org.claimscorer.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes one log line per scoring request carrying only the request id, model version, label(s),
 * latency and status, all as MDC fields (JSON fields in production logs). Claim and context text,
 * and the caller's {@code requestId}, are never logged. The request id is the caller's
 * {@code X-Request-Id} header when it is a plain token, else a fresh UUID; it is returned in the
 * {@code X-Request-Id} response header and stays in the MDC for any other line logged while the
 * request is served. At several thousand requests a second per pod the line is a sizeable share of the
 * request's cost; setting the category {@code org.claimscorer.api.ScoreLog} to WARN turns it off and
 * keeps the {@code X-Request-Id} header.
 */
public class ScoreLog {

    /** Header carrying the request id both ways. */
    static final String HEADER = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(ScoreLog.class);
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String STARTED = ScoreLog.class.getName() + ".started";
    private static final String[] FIELDS = {"modelVersion", "label", "latencyMs", "status"};

    @ServerRequestFilter
    public void start(ContainerRequestContext request) {
        if (!isScoring(request)) {
            return;
        }
        String offered = request.getHeaderString(HEADER);
        String id = offered != null && PLAIN_TOKEN.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setProperty(STARTED, System.nanoTime());
        MDC.put("requestId", id);
    }

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long start)) {
            return;
        }
        Object id = MDC.get("requestId");
        response.getHeaders().putSingle(HEADER, id);
        if (!LOG.isInfoEnabled()) {
            // Turned off by the operator (log category at WARN): skip building a line nobody writes.
            MDC.remove("requestId");
            return;
        }
        MDC.put("modelVersion", modelVersion(response.getEntity()));
        MDC.put("label", label(response.getEntity()));
        MDC.put("latencyMs", millis(System.nanoTime() - start));
        MDC.put("status", String.valueOf(response.getStatus()));
        LOG.info("scoring request answered");
        for (String field : FIELDS) {
            MDC.remove(field);
        }
        MDC.remove("requestId");
    }

    /** Milliseconds with two decimals ("3.07"); String.format cost a third of this filter at load. */
    static String millis(long nanos) {
        long hundredths = (Math.max(0, nanos) + 5_000) / 10_000;
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }

    private static boolean isScoring(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("/v1/score");
    }

    private static String modelVersion(Object entity) {
        if (entity instanceof ScoreResponse single) {
            return single.model().version();
        }
        if (entity instanceof BatchResponse batch) {
            return batch.results().stream().map(r -> r.model().version()).distinct().collect(Collectors.joining(","));
        }
        return "-";
    }

    private static String label(Object entity) {
        if (entity instanceof ScoreResponse single) {
            return single.label().name();
        }
        if (entity instanceof BatchResponse batch) {
            return batch.results().stream().map(r -> r.label().name()).collect(Collectors.joining(","));
        }
        return "-";
    }
}
