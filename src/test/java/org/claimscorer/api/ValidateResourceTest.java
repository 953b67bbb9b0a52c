package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/validate} answers a valid request with a receipt and an invalid one exactly as /v1/score does. */
@QuarkusTest
class ValidateResourceTest {

    private static final String VALID = "{\"claim\":\"The plant will close in May, a company spokesperson said.\","
            + "\"context\":\"Workers gathered on Tuesday. The plant will close in May, a company spokesperson said.\","
            + "\"requestId\":\"check-1\",\"weights\":{\"HEDGED\":0.2,\"ANONYMOUS\":0.4}}";

    @Test
    void validRequestGetsItsReceipt() {
        given().contentType("application/json").body(VALID).when().post("/v1/validate").then()
                .statusCode(200)
                .contentType("application/json")
                .body("requestId", equalTo("check-1"))
                .body("claimLength", equalTo(57))
                .body("contextLength", equalTo(86))
                .body("weights", equalTo(2));
    }

    @Test
    void omittedContextAndIdReadAsEmpty() {
        given().contentType("application/json").body("{\"claim\":\"Officials said so.\"}").when().post("/v1/validate")
                .then().statusCode(200)
                .body("requestId", nullValue())
                .body("claimLength", equalTo(18))
                .body("contextLength", equalTo(0))
                .body("weights", equalTo(0));
    }

    @Test
    void invalidFieldGetsTheSameProblemAsScoring() {
        for (String path : new String[] {"/v1/validate", "/v1/score"}) {
            given().contentType("application/json").body("{\"claim\":\"x\",\"weights\":{\"HEDGED\":1.5}}")
                    .when().post(path).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://claim-scorer.dev/problems/invalid-field"))
                    .body("instance", equalTo(path))
                    .body("errors[0].field", equalTo("weights.HEDGED"))
                    .body("errors[0].message", equalTo("must be less than or equal to 1.0"));
        }
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        given().contentType("application/json").body("{\"claim\": ").when().post("/v1/validate").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }
}
