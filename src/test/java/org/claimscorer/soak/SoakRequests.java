package org.claimscorer.soak;

import java.util.List;

/**
 * The request mix of the soak run, chosen by request number so every run sends the same requests:
 * 16 in 20 are valid (single claims and batches of four), the rest hostile, each kind with the
 * status family the service must answer with. One request in 1,000 is a body over the 1 MiB limit.
 */
final class SoakRequests {

    /** Claims the valid requests send; their expected probabilities are known per model. */
    static final List<String> CLAIMS = List.of(
            "The plant will close in May, a company spokesperson said.",
            "The ministry denied the reports on Friday.",
            "Officials familiar with the talks said a deal was close.",
            "The bridge was reportedly closed last week.",
            "Mayor Ana Ortiz said the road would reopen on Monday.",
            "Prices rose sharply in the third quarter.");

    /**
     * One request.
     *
     * @param path     "/v1/score" or "/v1/score/batch"
     * @param body     the body sent
     * @param valid    whether it must be answered 200
     * @param claims   indexes into {@link #CLAIMS} of the claims a valid request scores, in order
     * @param kind     a short name for reports
     */
    record Request(String path, String body, boolean valid, List<Integer> claims, String kind) { }

    private static final String OVERSIZE = "{\"claim\":\"" + "x".repeat(1_100_000) + "\"}";
    private static final String DEEP = "[".repeat(1000) + "]".repeat(1000);

    private SoakRequests() {
    }

    static Request number(int n) {
        if (n % 1000 == 999) {
            return hostile("/v1/score", OVERSIZE, "oversize-body");
        }
        int claim = n % CLAIMS.size();
        return switch (n % 20) {
            case 14, 15 -> new Request("/v1/score/batch", batch(claim), true,
                    List.of(claim, (claim + 1) % CLAIMS.size(), (claim + 2) % CLAIMS.size(), (claim + 3) % CLAIMS.size()),
                    "valid-batch");
            case 16 -> hostile("/v1/score", n % 40 == 16 ? "{\"claim\": \"unterminated" : "{\"claim\" \"x\"}", "malformed-json");
            case 17 -> hostile("/v1/score", n % 40 == 17 ? "{\"claim\": 5}" : "{\"claim\": \"x\", \"colour\": 1}", "wrong-type-or-field");
            case 18 -> hostile("/v1/score", n % 40 == 18 ? "{\"claim\": \"" + "y".repeat(2001) + "\"}"
                    : "{\"claim\": \"a\", \"claim\": \"b\"}", "too-long-or-duplicate");
            case 19 -> hostile(n % 40 == 19 ? "/v1/score" : "/v1/score/batch", n % 40 == 19 ? DEEP : "{\"items\": []}",
                    "deep-or-empty-batch");
            default -> new Request("/v1/score", single(claim), true, List.of(claim), "valid");
        };
    }

    private static Request hostile(String path, String body, String kind) {
        return new Request(path, body, false, List.of(), kind);
    }

    private static String single(int claim) {
        return "{\"claim\": \"" + CLAIMS.get(claim) + "\", \"requestId\": \"soak\"}";
    }

    private static String batch(int first) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            items.append(i == 0 ? "" : ",").append("{\"claim\": \"").append(CLAIMS.get((first + i) % CLAIMS.size())).append("\"}");
        }
        return "{\"items\": [" + items + "]}";
    }
}
