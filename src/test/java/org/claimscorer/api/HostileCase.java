package org.claimscorer.api;

import java.nio.charset.StandardCharsets;

/**
 * One generated hostile request and the answer it must get.
 *
 * @param name    what the case attacks, shown in the test report
 * @param path    the endpoint posted to
 * @param body    the exact bytes sent
 * @param status  the expected HTTP status
 * @param type    the expected problem type slug (e.g. {@code malformed-json}), or null for a 200 answer
 * @param field   the field the problem must name in {@code errors[0].field}, or null when no field is to blame
 * @param claim   for a 200 answer, the claim as the server decodes it (spans are checked against it), else null
 * @param context for a 200 answer, the context as the server decodes it, or null
 * @param secret  text of the request that the answer must never contain (problem answers only), or null
 * @param mediaType the Content-Type sent
 */
record HostileCase(String name, String path, byte[] body, int status, String type, String field, String claim,
                   String context, String secret, String mediaType) {

    static final String JSON = "application/json";

    static HostileCase problem(String name, String path, String json, String type, String field, String secret) {
        return problem(name, path, json.getBytes(StandardCharsets.UTF_8), type, field, secret);
    }

    static HostileCase problem(String name, String path, byte[] body, String type, String field, String secret) {
        return new HostileCase(name, path, body, 400, type, field, null, null, secret, JSON);
    }

    static HostileCase answered(String name, String json, String claim, String context) {
        return new HostileCase(name, "/v1/score", json.getBytes(StandardCharsets.UTF_8), 200, null, null, claim,
                context, null, JSON);
    }

    HostileCase withStatus(int newStatus) {
        return new HostileCase(name, path, body, newStatus, type, field, claim, context, secret, mediaType);
    }

    HostileCase sentAs(String newMediaType) {
        return new HostileCase(name, path, body, status, type, field, claim, context, secret, newMediaType);
    }

    @Override
    public String toString() {
        return name + " (" + body.length + " bytes -> " + status + (type == null ? "" : " " + type)
                + (field == null ? "" : " [" + field + "]") + ")";
    }
}
