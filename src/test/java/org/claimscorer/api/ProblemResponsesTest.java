package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every bad request gets an RFC 9457 problem naming the field, never a stack trace or a 500. */
@QuarkusTest
class ProblemResponsesTest {

    private static ValidatableResponse post(String path, String body) {
        return given().contentType("application/json").body(body).when().post(path).then()
                .contentType("application/problem+json")
                .body(allOf(not(containsString("Exception")), not(containsString("at org.")),
                        not(containsString("at java."))));
    }

    static List<Arguments> invalidFields() {
        return List.of(
                Arguments.of("{\"claim\":\"   \"}", "claim", "must not be blank"),
                Arguments.of("{\"claim\":null}", "claim", "must not be blank"),
                Arguments.of("{\"context\":\"only context\"}", "claim", "must not be blank"),
                Arguments.of("{\"claim\":\"" + "a".repeat(2001) + "\"}", "claim", "size must be between 0 and 2000"),
                Arguments.of("{\"claim\":\"x\",\"context\":\"" + "a".repeat(100_001) + "\"}", "context",
                        "size must be between 0 and 100000"),
                Arguments.of("{\"claim\":5}", "claim", "wrong type: expected string"),
                Arguments.of("{\"claim\":\"x\",\"context\":[1]}", "context", "wrong type: expected string"),
                Arguments.of("{\"claim\":\"x\",\"meta\":\"str\"}", "meta", "wrong type: expected object"),
                Arguments.of("{\"claim\":\"x\",\"colour\":1}", "colour", "unknown field"),
                Arguments.of("{\"claim\":\"x\",\"meta\":{\"author\":\"a\"}}", "meta.author", "unknown field"),
                Arguments.of("{\"claim\":\"x\",\"requestId\":\"" + "r".repeat(129) + "\"}", "requestId",
                        "size must be between 0 and 128"),
                Arguments.of("{\"claim\":\"x\",\"weights\":{\"HEDGED\":1.5}}", "weights.HEDGED",
                        "must be less than or equal to 1.0"),
                Arguments.of("{\"claim\":\"x\",\"weights\":{\"OFFICIAL\":0.5}}", "weights",
                        "unknown label; expected one of [NAMED_OFFICIAL, NAMED_SOURCE, INSTITUTION, ANONYMOUS, HEDGED, UNATTRIBUTED, DENIAL]"));
    }

    @ParameterizedTest
    @MethodSource("invalidFields")
    void invalidFieldIsNamedInTheProblem(String body, String field, String message) {
        post("/v1/score", body).statusCode(400)
                .body("type", equalTo("https://claim-scorer.dev/problems/invalid-field"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/v1/score"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    static List<Arguments> malformedBodies() {
        return List.of(
                Arguments.of("{\"claim\":\"x\",", "malformed JSON at line 1, column 14"),
                Arguments.of("{\"claim\":\"unterminated", "malformed JSON at line 1, column 23"),
                Arguments.of("{\"claim\":\"x\"} trailing", "malformed JSON at line 1, column 15"),
                Arguments.of("{\"claim\":NaN}", "malformed JSON at line 1, column 13"),
                Arguments.of("{claim:x}", "malformed JSON at line 1, column 2"),
                Arguments.of("{\"claim\":\"x\",\"claim\":\"y\"}", "duplicate key at line 1, column 21"),
                Arguments.of("[1,2]", "the body must be a JSON object"),
                Arguments.of("\"just a string\"", "the body must be a JSON object"));
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void malformedJsonIsA400Problem(String body, String detail) {
        post("/v1/score", body).statusCode(400)
                .body("type", equalTo("https://claim-scorer.dev/problems/malformed-json"))
                .body("detail", equalTo(detail));
    }

    @Test
    void missingBodyIsNamed() {
        post("/v1/score", "").statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void emptyAndOversizedBatchesAreRejected() {
        post("/v1/score/batch", "{\"items\":[]}").statusCode(400)
                .body("errors[0].field", equalTo("items")).body("errors[0].message", equalTo("size must be between 1 and 256"));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 257; i++) {
            items.add("{\"claim\":\"c\"}");
        }
        post("/v1/score/batch", "{\"items\":[" + String.join(",", items) + "]}").statusCode(400)
                .body("errors[0].field", equalTo("items"));
        post("/v1/score/batch", "{}").statusCode(400).body("errors[0].field", equalTo("items"))
                .body("errors[0].message", equalTo("must not be null"));
    }

    @Test
    void invalidBatchItemIsNamedByIndex() {
        post("/v1/score/batch", "{\"items\":[{\"claim\":\"ok\"},{\"claim\":\"\"}]}").statusCode(400)
                .body("errors[0].field", equalTo("items[1].claim"));
        post("/v1/score/batch", "{\"items\":[{\"claim\":\"ok\"},{\"claim\":7}]}").statusCode(400)
                .body("errors[0].field", equalTo("items[1].claim"));
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String body = "{\"claim\":\"x\",\"context\":\"" + "a".repeat(1_100_000) + "\"}";
        post("/v1/score", body).statusCode(413)
                .body("type", equalTo("https://claim-scorer.dev/problems/body-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        given().get("/v1/nothing").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/score").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void longUnknownFieldNameIsCutShort() {
        post("/v1/score", "{\"claim\":\"x\",\"" + "k".repeat(5000) + "\":1}").statusCode(400)
                .body("errors[0].field", equalTo("k".repeat(64) + "..."));
    }

    @Test
    void problemsNeverEchoTheClaim() {
        post("/v1/score", "{\"claim\":\"secret words here\",\"bogus\":1}").statusCode(400)
                .body(not(containsString("secret words")));
    }
}
