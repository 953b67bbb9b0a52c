package org.claimscorer;

import static org.claimscorer.RenderedManifests.quantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The rendered manifests run the service locked down, sized, spread and rolled out without losing
 * capacity, and prod is reached only through the gateway its NetworkPolicy admits.
 */
class DeploymentSafetyTest {

    static final List<String> OVERLAYS = RenderedManifests.ALL;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void podRunsAsNonRootWithNothingToEscalate(String overlay) {
        JsonNode pod = RenderedManifests.of(overlay).podSpec();
        Properties image = RenderedManifests.applicationProperties();
        assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), overlay + " service account token");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), overlay + " runAsNonRoot");
        assertEquals(image.getProperty("quarkus.jib.user"), pod.path("securityContext").path("runAsUser").asText());
        assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText());
        containers(pod).forEach(container -> {
            JsonNode security = container.path("securityContext");
            String name = overlay + " " + container.path("name").asText();
            assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), name + " readOnlyRootFilesystem");
            assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), name + " allowPrivilegeEscalation");
            assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString(), name + " capabilities");
        });
        String tmpVolume = StreamSupport.stream(RenderedManifests.of(overlay).container().path("volumeMounts").spliterator(), false)
                .filter(mount -> "/tmp".equals(mount.path("mountPath").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no writable /tmp")).path("name").asText();
        assertTrue(RenderedManifests.named(pod.path("volumes"), tmpVolume).has("emptyDir"), overlay + " /tmp is an emptyDir");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyContainerRequestsCpuAndMemoryAndIsLimitedInMemory(String overlay) {
        containers(RenderedManifests.of(overlay).podSpec()).forEach(container -> {
            JsonNode resources = container.path("resources");
            String name = overlay + " " + container.path("name").asText();
            assertTrue(quantity(resources.path("requests").path("cpu").asText("0")) > 0, name + " cpu request");
            double memory = quantity(resources.path("limits").path("memory").asText("0"));
            assertTrue(memory > 0 && quantity(resources.path("requests").path("memory").asText("0")) <= memory,
                    name + " memory request within a memory limit");
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void rollsOutAndScalesWithoutLosingCapacity(String overlay) {
        RenderedManifests manifests = RenderedManifests.of(overlay);
        JsonNode deployment = manifests.one("Deployment").path("spec");
        int replicas = deployment.path("replicas").asInt();
        assertTrue(replicas >= 2, overlay + " replicas");
        assertEquals(0, deployment.path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(-1), overlay + " maxUnavailable");
        JsonNode hpa = manifests.one("HorizontalPodAutoscaler").path("spec");
        assertEquals("Deployment/claim-scorer", hpa.path("scaleTargetRef").path("kind").asText() + "/"
                + hpa.path("scaleTargetRef").path("name").asText());
        assertEquals(replicas, hpa.path("minReplicas").asInt(), overlay + " HPA floor is the Deployment's replicas");
        assertEquals("cpu", hpa.path("metrics").path(0).path("resource").path("name").asText());
        assertTrue(manifests.one("PodDisruptionBudget").path("spec").path("maxUnavailable").asInt() < replicas);
        JsonNode spread = deployment.path("template").path("spec").path("topologySpreadConstraints").path(0);
        assertEquals("kubernetes.io/hostname", spread.path("topologyKey").asText(), overlay + " spread across nodes");
        assertEquals(podLabels(manifests), spread.path("labelSelector").path("matchLabels"));
        assertEquals(podLabels(manifests), manifests.one("PodDisruptionBudget").path("spec").path("selector").path("matchLabels"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void podGetsTimeToDrainBeforeItIsKilled(String overlay) {
        Properties app = RenderedManifests.applicationProperties();
        assertEquals("true", app.getProperty("quarkus.shutdown.delay-enabled"));
        Duration drain = seconds(app.getProperty("quarkus.shutdown.delay")).plus(seconds(app.getProperty("quarkus.shutdown.timeout")));
        long grace = RenderedManifests.of(overlay).podSpec().path("terminationGracePeriodSeconds").asLong();
        assertTrue(grace > drain.toSeconds(), overlay + ": grace period " + grace + "s must exceed " + drain);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void allResourcesLandInTheOverlaysNamespace(String overlay) {
        List<String> namespaces = RenderedManifests.of(overlay).all().stream()
                .map(resource -> resource.path("metadata").path("namespace").asText()).distinct().toList();
        assertEquals(1, namespaces.size(), overlay + " namespaces " + namespaces);
        assertFalse(namespaces.get(0).isEmpty(), overlay + " sets a namespace");
    }

    @Test
    void prodHasMoreReplicasAndMoreResourcesThanDev() {
        RenderedManifests dev = RenderedManifests.of("k8s/overlays/dev");
        RenderedManifests prod = RenderedManifests.of("k8s/overlays/prod");
        assertTrue(replicas(prod) > replicas(dev), "replicas");
        for (String resource : List.of("requests/cpu", "requests/memory", "limits/memory")) {
            assertTrue(resource(prod, resource) > resource(dev, resource), resource);
        }
    }

    @Test
    void prodIsRoutedAtV1ThroughTheGatewayItsNetworkPolicyAdmits() {
        RenderedManifests prod = RenderedManifests.of("k8s/overlays/prod");
        JsonNode route = prod.one("HTTPRoute").path("spec");
        JsonNode match = route.path("rules").path(0).path("matches").path(0).path("path");
        assertEquals("PathPrefix /v1", match.path("type").asText() + " " + match.path("value").asText());
        JsonNode backend = route.path("rules").path(0).path("backendRefs").path(0);
        JsonNode service = prod.one("Service");
        assertEquals(service.path("metadata").path("name"), backend.path("name"));
        assertEquals(service.path("spec").path("ports").path(0).path("port"), backend.path("port"));
        JsonNode gateway = route.path("parentRefs").path(0);
        assertEquals("public-gateway", gateway.path("name").asText());
        JsonNode policy = prod.one("NetworkPolicy").path("spec");
        assertEquals(podLabels(prod), policy.path("podSelector").path("matchLabels"));
        JsonNode from = policy.path("ingress").path(0).path("from");
        assertEquals(2, from.size(), "only the gateway and Prometheus are admitted: " + from);
        assertEquals(gateway.path("namespace").asText(), namespaceOf(from.path(0)));
        assertEquals("monitoring", namespaceOf(from.path(1)));
        assertEquals("prometheus", from.path(1).path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
    }

    private static Stream<JsonNode> containers(JsonNode pod) {
        return Stream.concat(StreamSupport.stream(pod.path("containers").spliterator(), false),
                StreamSupport.stream(pod.path("initContainers").spliterator(), false));
    }

    private static JsonNode podLabels(RenderedManifests manifests) {
        return manifests.one("Deployment").path("spec").path("template").path("metadata").path("labels");
    }

    private static String namespaceOf(JsonNode peer) {
        return peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText();
    }

    private static int replicas(RenderedManifests manifests) {
        return manifests.one("Deployment").path("spec").path("replicas").asInt();
    }

    private static double resource(RenderedManifests manifests, String path) {
        String[] parts = path.split("/");
        return quantity(manifests.container().path("resources").path(parts[0]).path(parts[1]).asText());
    }

    private static Duration seconds(String quarkusDuration) {
        return Duration.parse("PT" + quarkusDuration.toUpperCase());
    }
}
