package org.claimscorer.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelFixtures;

/** What swap tests read from the running service: versions, readiness, metrics, probabilities. */
final class ServiceProbe {

    static final String CLAIM = "The plant will close in May, a company spokesperson said.";

    private ServiceProbe() {
    }

    /** The answer to scoring {@link #CLAIM}. */
    static JsonPath score() {
        return given().contentType(ContentType.JSON).body(Map.of("claim", CLAIM)).post("/v1/score")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    static String servingVersion() {
        return score().getString("model.version");
    }

    static JsonPath readiness() {
        return given().get("/q/health/ready").then().extract().jsonPath();
    }

    /** The value of one Prometheus series, e.g. {@code claim_scorer_model_reloads_total{outcome="accepted",trigger="admin"}}. */
    static double metric(String series) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("no series " + series));
    }

    static String reloads(String outcome, String trigger) {
        return "claim_scorer_model_reloads_total{outcome=\"" + outcome + "\",trigger=\"" + trigger + "\"}";
    }

    /** What {@code model} predicts for {@link #CLAIM}, by label name. */
    static Map<String, Double> expected(AttributionModel model) {
        Map<String, Double> byName = new java.util.HashMap<>();
        model.predict(ModelFixtures.EXTRACTOR.extract(Claim.of(CLAIM, null))).values()
                .forEach((AttributionLabel label, Double p) -> byName.put(label.name(), p));
        return byName;
    }

    /** Polls until {@code condition} holds, failing after {@code limit}; never asserts on elapsed time. */
    static void await(Duration limit, Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
