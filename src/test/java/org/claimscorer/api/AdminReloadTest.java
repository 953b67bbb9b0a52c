package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelFixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AdminReloadProfile.class)
class AdminReloadTest {

    private static final ServedModelDirectory DIR = AdminReloadProfile.DIRECTORY;
    private static final AtomicInteger VERSIONS = new AtomicInteger();

    @TestHTTPResource("/")
    URI base;

    private static ValidatableResponse reload(String authorization) {
        var request = given();
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.post("/admin/model/reload").then();
    }

    private static ValidatableResponse reload() {
        return reload("Bearer " + AdminReloadProfile.TOKEN);
    }

    /** A valid tiny model with a version no other test uses, staged with its card. */
    private static Path stagedValid(Map<String, AttributionModel> models) throws Exception {
        String version = "tiny-admin-" + VERSIONS.incrementAndGet();
        Path file = DIR.staged(version + ".tribuo");
        models.put(version, ModelFixtures.writeValid(file, version));
        return file;
    }

    @Test
    void reloadWithoutCredentialsIs401Problem() {
        reload(null).statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"claim-scorer-admin\"")
                .body("type", equalTo("https://claim-scorer.dev/problems/unauthorized"))
                .body("status", equalTo(401)).body("instance", equalTo("/admin/model/reload"));
        reload("Basic dXNlcjpwYXNz").statusCode(401);
        reload("Bearer").statusCode(401);
    }

    @Test
    void reloadWithAWrongTokenIs403Problem() {
        reload("Bearer " + AdminReloadProfile.TOKEN + "x").statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://claim-scorer.dev/problems/forbidden"));
        reload("Bearer wrong").statusCode(403);
    }

    @Test
    void acceptedReloadChangesTheVersionInResponsesAndIsCounted() throws Exception {
        Map<String, AttributionModel> models = new HashMap<>();
        Path staged = stagedValid(models);
        String version = models.keySet().iterator().next();
        double accepted = ServiceProbe.metric(ServiceProbe.reloads("accepted", "admin"));
        ModelFixtures.place(staged, DIR.served());
        reload().statusCode(200).body("outcome", equalTo("accepted"))
                .body("model.name", equalTo("tiny")).body("model.version", equalTo(version));
        var answer = ServiceProbe.score();
        assertEquals(version, answer.getString("model.version"));
        assertEquals(ServiceProbe.expected(models.get(version)), answer.getMap("probabilities", String.class, Double.class));
        given().get("/v1/model").then().body("version", equalTo(version));
        given().get("/q/health/ready").then().statusCode(200).body("checks.find { it.name == 'model' }.data.version", equalTo(version));
        assertEquals(accepted + 1, ServiceProbe.metric(ServiceProbe.reloads("accepted", "admin")));
        assertEquals(1.0, ServiceProbe.metric("claim_scorer_model_info{name=\"tiny\",version=\"" + version + "\"}"));
    }

    @Test
    void rejectedFilesLeaveTheOldModelServingAndShowInReadinessAndMetrics() throws Exception {
        String serving = ServiceProbe.servingVersion();
        Path good = DIR.staged("good-for-truncation.tribuo");
        ModelFixtures.writeValid(good, "tiny-unused");
        Map<String, Path> bad = new java.util.LinkedHashMap<>();
        bad.put("is not a readable Tribuo protobuf model", write(f -> ModelFixtures.writeGarbage(f), "garbage"));
        bad.put("is not a readable Tribuo protobuf model ", write(f -> ModelFixtures.writeTruncated(f, good), "truncated"));
        bad.put("but this code extracts feature set", write(ModelFixtures::writeWrongFeatureSet, "golden"));
        bad.put("does not produce probabilities", write(f -> ModelFixtures.writeNonProbabilistic(f, "svm-1"), "svm"));
        bad.put("but the labelling guide defines", write(f -> ModelFixtures.writeWrongLabels(f, "partial-1"), "partial"));
        for (Map.Entry<String, Path> kind : bad.entrySet()) {
            double rejected = ServiceProbe.metric(ServiceProbe.reloads("rejected", "admin"));
            ModelFixtures.place(kind.getValue(), DIR.served());
            reload().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://claim-scorer.dev/problems/model-rejected"))
                    .body("detail", containsString(kind.getKey().trim()))
                    .body("detail", containsString("still serving"));
            assertEquals(serving, ServiceProbe.servingVersion(), kind.getValue().toString());
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'model' }.data.version", equalTo(serving))
                    .body("checks.find { it.name == 'model' }.data.lastRejectedTrigger", equalTo("admin"))
                    .body("checks.find { it.name == 'model' }.data.lastRejectedReason", containsString(kind.getKey().trim()));
            assertEquals(rejected + 1, ServiceProbe.metric(ServiceProbe.reloads("rejected", "admin")));
        }
    }

    /** Writes a fixture into staging; the card of a model the fixture has none for is left out. */
    private static Path write(Fixture fixture, String name) throws Exception {
        Path file = DIR.staged(name + ".tribuo");
        fixture.write(file);
        return file;
    }

    private interface Fixture {
        void write(Path file) throws Exception;
    }

    @Test
    void requestsDuringRepeatedSwapsAllSucceedWithTheModelTheyName() throws Exception {
        Map<String, AttributionModel> models = new HashMap<>();
        List<Path> staged = List.of(stagedValid(models), stagedValid(models));
        Map<String, Map<String, Double>> expected = new HashMap<>();
        models.forEach((version, model) -> expected.put(version, ServiceProbe.expected(model)));
        ModelFixtures.place(staged.get(0), DIR.served());
        reload().statusCode(200);
        HttpClient client = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String single = json.writeValueAsString(Map.of("claim", ServiceProbe.CLAIM));
        String batch = json.writeValueAsString(Map.of("items", List.of(Map.of("claim", ServiceProbe.CLAIM),
                Map.of("claim", ServiceProbe.CLAIM), Map.of("claim", ServiceProbe.CLAIM))));
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean swapping = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> callers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                boolean batches = t % 2 == 1;
                callers.add(pool.submit(() -> {
                    while (swapping.get()) {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(batches ? "v1/score/batch" : "v1/score"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(batches ? batch : single)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, response.statusCode(), response.body());
                        JsonNode body = json.readTree(response.body());
                        List<JsonNode> answers = new ArrayList<>();
                        (batches ? body.get("results") : json.createArrayNode().add(body)).forEach(answers::add);
                        String version = answers.get(0).get("model").get("version").asText();
                        for (JsonNode answer : answers) {
                            assertEquals(version, answer.get("model").get("version").asText(), "one model per batch");
                            Map<String, Double> probabilities = json.convertValue(answer.get("probabilities"),
                                    json.getTypeFactory().constructMapType(Map.class, String.class, Double.class));
                            assertEquals(expected.get(version), probabilities, version);
                        }
                        seen.add(version);
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int swap = 1; swap <= 20; swap++) {
                ModelFixtures.place(staged.get(swap % 2), DIR.served());
                reload().statusCode(200);
            }
            swapping.set(false);
            for (Future<?> caller : callers) {
                caller.get();
            }
        } finally {
            swapping.set(false);
            pool.shutdownNow();
        }
        assertEquals(models.keySet(), seen);
        assertTrue(answered.get() > 0);
    }
}
