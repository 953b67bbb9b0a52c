package org.claimscorer.api;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Decides whether a request may use the admin endpoints: one static bearer token from
 * configuration. A Quarkus security mechanism (quarkus-security with a custom
 * {@code HttpAuthenticationMechanism} and identity provider, or OIDC/JWT) would add an extension,
 * roles and an identity model for one shared secret that an operator sets; this check is a few
 * lines and is called from the admin resource method itself, so it applies exactly to the matched
 * admin endpoints whatever the path spelling. Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, in constant time and without leaking the length. Created at
 * start-up so a too-short token stops the service.
 */
@Startup
@ApplicationScoped
public class AdminAccess {

    /** Shortest token accepted: a guessable admin token is worse than none. */
    static final int MIN_TOKEN_LENGTH = 32;
    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> tokenDigest;

    public AdminAccess(AdminConfig config) {
        config.token().filter(t -> t.length() < MIN_TOKEN_LENGTH).ifPresent(t -> {
            throw new IllegalStateException("claim-scorer.admin.token must be at least " + MIN_TOKEN_LENGTH
                    + " characters long");
        });
        this.tokenDigest = config.token().map(AdminAccess::digest);
    }

    /**
     * With no token configured, answers every {@code /admin} path and method with the same 404 as an
     * unknown path, before matching, so not even a 405 gives the endpoint away.
     */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> hideWhenOff(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (tokenDigest.isPresent() || !(path.equals("/admin") || path.startsWith("/admin/"))) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(Response.Status.NOT_FOUND, "http-404", "Not Found", "Not Found", path, List.of())
                .toResponse());
    }

    /**
     * The refusal for a request with this Authorization header, or empty when it may proceed.
     *
     * @throws NotFoundException when no admin token is configured: the endpoints are off
     */
    Optional<Response> refusal(String authorization, String path) {
        byte[] expected = tokenDigest.orElseThrow(NotFoundException::new);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "unauthorized",
                    "Authentication required", "a bearer token is required", path, List.of()).toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"claim-scorer-admin\"").build());
        }
        if (!MessageDigest.isEqual(expected, digest(authorization.substring(BEARER.length()).trim()))) {
            return Optional.of(Problem.of(Response.Status.FORBIDDEN, "forbidden", "Forbidden",
                    "the bearer token is not valid for this endpoint", path, List.of()).toResponse());
        }
        return Optional.empty();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
