package org.claimscorer;

import static io.restassured.RestAssured.given;
import static org.claimscorer.RenderedManifests.named;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.scoring.StrengthWeights;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * What the rendered Kubernetes manifests must agree on with the application itself: the HTTP port,
 * the health endpoints the probes call (each answered by the running service), the metrics path
 * Prometheus scrapes, and configuration keys the service actually reads.
 */
@QuarkusTest
class DeploymentManifestTest {

    static final List<String> OVERLAYS = RenderedManifests.ALL;
    private static final String WEIGHTS = "claim-scorer.strength.weights.";

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void containerPortIsTheServicesHttpPort(String overlay) {
        JsonNode port = named(RenderedManifests.of(overlay).container().path("ports"), "http");
        assertEquals(httpPort(), port.path("containerPort").asText());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void probesCallTheHealthEndpointsThatAnswer(String overlay) {
        JsonNode container = RenderedManifests.of(overlay).container();
        Map<String, String> expected = Map.of("startupProbe", "/q/health/started", "readinessProbe", "/q/health/ready",
                "livenessProbe", "/q/health/live");
        expected.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            assertEquals(path, get.path("path").asText(), overlay + " " + probe);
            assertEquals("http", get.path("port").asText(), overlay + " " + probe + " port");
            given().get(path).then().statusCode(200);
        });
        given().get("/q/health/ready").then().body("checks.name", hasItem("model"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void serviceForwardsToTheContainerPort(String overlay) {
        RenderedManifests manifests = RenderedManifests.of(overlay);
        JsonNode service = manifests.one("Service").path("spec");
        named(manifests.container().path("ports"), named(service.path("ports"), "http").path("targetPort").asText());
        JsonNode podLabels = manifests.one("Deployment").path("spec").path("template").path("metadata").path("labels");
        service.path("selector").fields().forEachRemaining(label ->
                assertEquals(label.getValue(), podLabels.path(label.getKey()), overlay + " selector " + label.getKey()));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void configMapHoldsOnlySettingsTheServiceReads(String overlay) {
        RenderedManifests manifests = RenderedManifests.of(overlay);
        JsonNode configMap = manifests.one("ConfigMap");
        JsonNode envFrom = manifests.container().path("envFrom");
        assertEquals(configMap.path("metadata").path("name"), envFrom.path(0).path("configMapRef").path("name"));
        Properties packaged = RenderedManifests.applicationProperties();
        Map<String, Double> weights = new HashMap<>();
        configMap.path("data").fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            if (key.startsWith(WEIGHTS)) {
                weights.put(key.substring(WEIGHTS.length()), Double.valueOf(entry.getValue().asText()));
            } else {
                assertTrue(key.equals("claim-scorer.model.path") || packaged.containsKey(key),
                        overlay + ": " + key + " is not a setting the service reads");
            }
        });
        assertEquals(Arrays.stream(AttributionLabel.values()).map(Enum::name).sorted().toList(),
                weights.keySet().stream().sorted().toList(), overlay + ": a weight per label");
        StrengthWeights.configured(weights);
        assertModelIsInThePod(manifests, configMap.path("data").path("claim-scorer.model.path").asText());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void prometheusScrapesTheMetricsEndpoint(String overlay) {
        JsonNode annotations = RenderedManifests.of(overlay).one("Deployment").path("spec").path("template")
                .path("metadata").path("annotations");
        if (annotations.has("prometheus.io/scrape")) {
            String path = annotations.path("prometheus.io/path").asText();
            assertEquals(RenderedManifests.applicationProperties().getProperty("quarkus.micrometer.export.prometheus.path"), path);
            assertEquals(httpPort(), annotations.path("prometheus.io/port").asText());
            given().get(path).then().statusCode(200);
        }
    }

    /** The port the packaged service listens on (tests run it on quarkus.http.test-port instead). */
    private static String httpPort() {
        return RenderedManifests.applicationProperties().getProperty("quarkus.http.port");
    }

    /** A relative model path is the image's bundled model (models/ sits in the working directory). */
    private static void assertModelIsInThePod(RenderedManifests manifests, String modelPath) {
        if (!Path.of(modelPath).isAbsolute()) {
            assertTrue(Files.isRegularFile(Path.of(modelPath)), modelPath + " is not a model the image bundles");
            return;
        }
        JsonNode mount = StreamSupport.stream(manifests.container().path("volumeMounts").spliterator(), false)
                .filter(m -> modelPath.startsWith(m.path("mountPath").asText() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError(modelPath + " is on no volume of the container"));
        String volume = mount.path("name").asText();
        boolean filled = StreamSupport.stream(manifests.podSpec().path("initContainers").spliterator(), false)
                .flatMap(init -> StreamSupport.stream(init.path("volumeMounts").spliterator(), false))
                .anyMatch(m -> volume.equals(m.path("name").asText()));
        assertTrue(filled, "no init container fills volume " + volume + " holding " + modelPath);
    }
}
