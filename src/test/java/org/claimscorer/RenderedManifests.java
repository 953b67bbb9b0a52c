package org.claimscorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/**
 * One kustomization under {@code k8s/} as {@code kubectl kustomize} renders it (the command CI and
 * README use), parsed into YAML documents. kubectl is taken from {@code $KUBECTL}, else from PATH;
 * CI's {@code .ci/run} installs it when the machine has none.
 */
final class RenderedManifests {

    /** Every kustomization a platform team may apply. */
    static final List<String> ALL = List.of("k8s/overlays/dev", "k8s/overlays/prod", "k8s/examples/retrained-model");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, RenderedManifests> RENDERED = new ConcurrentHashMap<>();

    private final String directory;
    private final List<JsonNode> documents;

    private RenderedManifests(String directory, List<JsonNode> documents) {
        this.directory = directory;
        this.documents = documents;
    }

    /** The rendered kustomization in {@code directory}, rendered once per test run. */
    static RenderedManifests of(String directory) {
        return RENDERED.computeIfAbsent(directory, dir -> new RenderedManifests(dir, parse(render(dir))));
    }

    /** The one resource of this kind. */
    JsonNode one(String kind) {
        List<JsonNode> found = all().stream().filter(doc -> kind.equals(doc.path("kind").asText())).toList();
        assertEquals(1, found.size(), directory + ": number of " + kind + " resources");
        return found.get(0);
    }

    /** All rendered resources. */
    List<JsonNode> all() {
        return documents;
    }

    /** The pod template's spec. */
    JsonNode podSpec() {
        return one("Deployment").path("spec").path("template").path("spec");
    }

    /** The service's container in the pod template. */
    JsonNode container() {
        return named(podSpec().path("containers"), "claim-scorer");
    }

    /** The element of a list whose {@code name} is {@code name}. */
    static JsonNode named(JsonNode list, String name) {
        return StreamSupport.stream(list.spliterator(), false).filter(item -> name.equals(item.path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no entry named " + name + " in " + list));
    }

    /** A Kubernetes quantity ({@code 512Mi}, {@code 1Gi}, {@code 500m}, {@code 2}) as a number. */
    static double quantity(String text) {
        Map<String, Double> units = Map.of("Ki", 1024.0, "Mi", 1024.0 * 1024, "Gi", 1024.0 * 1024 * 1024, "m", 0.001);
        return units.entrySet().stream().filter(unit -> text.endsWith(unit.getKey())).findFirst()
                .map(unit -> Double.parseDouble(text.substring(0, text.length() - unit.getKey().length())) * unit.getValue())
                .orElseGet(() -> Double.parseDouble(text));
    }

    /** The service's packaged configuration, {@code src/main/resources/application.properties}. */
    static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(String directory) {
        String kubectl = Objects.requireNonNullElse(System.getenv("KUBECTL"), "kubectl");
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", directory).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail(kubectl + " kustomize " + directory + " failed: " + errors);
            }
            return output;
        } catch (IOException e) {
            return fail("kubectl is needed to render k8s/ (" + e.getMessage() + "): install it (Debian: apt-get install "
                    + "kubernetes-client) or set KUBECTL to its path; .ci/run does this on CI", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> parse(String yaml) {
        try {
            return YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll().stream()
                    .filter(doc -> !doc.isNull() && !doc.isMissingNode()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
