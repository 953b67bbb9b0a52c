package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoreResourceTest {

    private static final String CLAIM = "The plant will close in May, a company spokesperson said.";
    private static final String CONTEXT = "Workers gathered outside the gates on Tuesday. " + CLAIM
            + " Union leaders called the decision a betrayal.";

    private static JsonPath score(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/score")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void spokespersonClaimIsInstitutionWithExactSpans() {
        JsonPath r = score(Map.of("claim", CLAIM, "context", CONTEXT, "requestId", "req-1"));
        assertEquals("req-1", r.getString("requestId"));
        assertEquals("INSTITUTION", r.getString("label"));
        assertEquals(Map.of("text", "a company spokesperson", "start", 29, "end", 51, "in", "claim"),
                r.getMap("features.source"));
        assertEquals("SPOKESPERSON", r.getString("features.sourceType"));
        assertEquals(Map.of("text", "said", "start", 52, "end", 56, "in", "claim"), r.getMap("features.cue"));
        assertEquals(Map.of("start", 47, "end", 104), r.getMap("features.claimInContext"));
        assertEquals(CLAIM, CONTEXT.substring(47, 104));
    }

    @Test
    void scoreIsExpectedStrengthUnderTheProbabilities() {
        JsonPath r = score(Map.of("claim", CLAIM, "context", CONTEXT));
        Map<String, Float> p = r.getMap("probabilities");
        assertEquals(7, p.size());
        double sum = 0;
        double expected = 0;
        for (AttributionLabel label : AttributionLabel.values()) {
            sum += p.get(label.name());
            expected += p.get(label.name()) * label.defaultWeight();
        }
        assertEquals(1.0, sum, 1e-4);
        assertEquals(expected, r.getDouble("score"), 1e-4);
    }

    @Test
    void requestWeightReplacesOnlyTheLabelItNames() {
        JsonPath r = score(Map.of("claim", CLAIM, "weights", Map.of("INSTITUTION", 0.1)));
        Map<String, Float> p = r.getMap("probabilities");
        double expected = 0;
        for (AttributionLabel label : AttributionLabel.values()) {
            double weight = label == AttributionLabel.INSTITUTION ? 0.1 : label.defaultWeight();
            expected += p.get(label.name()) * weight;
        }
        assertEquals(expected, r.getDouble("score"), 1e-4);
    }

    @Test
    void deniedClaimIsLabelledDenial() {
        JsonPath r = score(Map.of("claim", "The company denied the allegations on Friday."));
        assertEquals("DENIAL", r.getString("label"));
        assertEquals(Map.of("text", "denied", "start", 12, "end", 18, "in", "claim"), r.getMap("features.denials[0]"));
    }

    @Test
    void namedMinisterIsNamedOfficial() {
        JsonPath r = score(Map.of("claim", "Defence Minister Jane Roe told lawmakers on Tuesday that the base would close."));
        assertEquals("NAMED_OFFICIAL", r.getString("label"));
        assertEquals("Defence Minister Jane Roe", r.getString("features.source.text"));
    }

    @Test
    void reportedlyWithNoSourceIsHedged() {
        JsonPath r = score(Map.of("claim", "The factory was reportedly closed last week."));
        assertEquals("HEDGED", r.getString("label"));
        assertEquals(Map.of("text", "reportedly", "start", 16, "end", 26, "in", "claim"), r.getMap("features.cue"));
        assertNull(r.get("features.source"));
    }

    @Test
    void anonymousOfficialIsAnonymous() {
        JsonPath r = score(Map.of("claim",
                "A senior official, speaking on condition of anonymity, said the talks had collapsed."));
        assertEquals("ANONYMOUS", r.getString("label"));
        assertEquals("on condition of anonymity", r.getString("features.anonymity[0].text"));
    }

    @Test
    void claimWithNoKnownFeaturesGetsAnUnattributedAnswer() {
        JsonPath r = score(Map.of("claim", "xqzv blorp"));
        assertEquals("UNATTRIBUTED", r.getString("label"));
        assertNull(r.get("features.claimInContext"));
    }

    @Test
    void batchAnswersInRequestOrder() {
        given().contentType(ContentType.JSON)
                .body(Map.of("items", List.of(
                        Map.of("claim", "The company denied the allegations.", "requestId", "a"),
                        Map.of("claim", "The factory was reportedly closed last week.", "requestId", "b"),
                        Map.of("claim", "xqzv blorp", "requestId", "c"))))
                .when().post("/v1/score/batch")
                .then().statusCode(200)
                .body("results", hasSize(3))
                .body("results.requestId", equalTo(List.of("a", "b", "c")))
                .body("results.label", equalTo(List.of("DENIAL", "HEDGED", "UNATTRIBUTED")));
    }

    @Test
    void modelEndpointDescribesTheServingModelWithoutPaths() {
        String body = given().when().get("/v1/model").then().statusCode(200)
                .body("name", equalTo("attribution"))
                .body("labels", equalTo(List.of("NAMED_OFFICIAL", "NAMED_SOURCE", "INSTITUTION", "ANONYMOUS",
                        "HEDGED", "UNATTRIBUTED", "DENIAL")))
                .body("strengthWeights.NAMED_SOURCE", equalTo(0.8f))
                .body("featureSetVersion", containsString("attribution-features/"))
                .body("trainingData.sha256", notNullValue())
                .body("metrics", hasKey("test"))
                .extract().asString();
        String version = given().get("/v1/model").jsonPath().getString("version");
        assertEquals(version, score(Map.of("claim", CLAIM)).getString("model.version"));
        assertFalse(body.contains(".tribuo") || body.contains("/work"), body);
    }

    @Test
    void healthIsUpOnceTheModelIsLoaded() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'model' }.data.name", equalTo("attribution"));
    }

    @Test
    void metricsCountPredictionsAndPublishLatencyHistograms() {
        String version = score(Map.of("claim", CLAIM)).getString("model.version");
        given().get("/q/metrics").then().statusCode(200)
                .body(allOf(containsString("claim_scorer_predictions_total{label=\"INSTITUTION\",model_version=\""
                                + version + "\"}"),
                        containsString("http_server_requests_seconds_bucket{"),
                        not(containsString(CLAIM))));
    }

    @Test
    void openApiDocumentsTheEndpointsAndSwaggerUiIsServed() {
        given().get("/q/openapi").then().statusCode(200)
                .body(allOf(containsString("/v1/score/batch"), containsString("/v1/model"),
                        containsString("UTF-16 code-unit offsets")));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void claimAbsentFromItsContextIsStillScored() {
        JsonPath r = score(Map.of("claim", CLAIM, "context", "Entirely different text."));
        assertNull(r.get("features.claimInContext"));
        assertEquals("INSTITUTION", r.getString("label"));
    }

    @Test
    void responseOmitsAbsentRequestId() {
        given().contentType(ContentType.JSON).body(Map.of("claim", CLAIM)).post("/v1/score")
                .then().statusCode(200).body("$", not(hasKey("requestId"))).body("features.hedges", hasSize(0))
                .body("features.quotes", hasSize(0)).body("features.source", notNullValue())
                .body("model.name", equalTo("attribution")).body("label", not(nullValue()));
    }
}
