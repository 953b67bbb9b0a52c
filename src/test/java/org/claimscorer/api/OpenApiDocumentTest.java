package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/openapi} documents every problem response an endpoint can give, each as an RFC 9457
 * problem body, however the annotations share the definitions.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String INVALID = "Invalid field or malformed JSON; the problem names the field.";
    private static final String TOO_LARGE = "Body over 1 MiB.";
    private static final String NO_MODEL = "No model loaded yet.";
    private JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void scoringDocumentsInvalidTooLargeAndNoModelProblems() {
        Map<String, String> expected = Map.of("400", INVALID, "413", TOO_LARGE, "503", NO_MODEL);
        assertEquals(expected, problemResponses("/v1/score", "post"));
        assertEquals(expected, problemResponses("/v1/score/batch", "post"));
    }

    @Test
    void validationDocumentsInvalidAndTooLargeProblemsOnly() {
        assertEquals(Map.of("400", INVALID, "413", TOO_LARGE), problemResponses("/v1/validate", "post"));
    }

    @Test
    void modelDescriptionDocumentsTheNoModelProblemOnly() {
        assertEquals(Map.of("503", NO_MODEL), problemResponses("/v1/model", "get"));
    }

    @Test
    void everyEndpointDocumentsItsSuccessfulAnswerAndItsSchema() {
        assertEquals("#/components/schemas/ScoreResponse", successSchema("/v1/score", "post"));
        assertEquals("#/components/schemas/BatchResponse", successSchema("/v1/score/batch", "post"));
        assertEquals("#/components/schemas/ScoreRequest", requestSchema("/v1/validate"));
        assertEquals("#/components/schemas/RequestReceipt", successSchema("/v1/validate", "post"));
        assertEquals("#/components/schemas/ModelDescription", successSchema("/v1/model", "get"));
    }

    @Test
    void scoreResponseSchemaNamesTheLabelScoreProbabilitiesFeaturesAndModel() {
        JsonNode properties = document.at("/components/schemas/ScoreResponse/properties");
        for (String field : List.of("label", "score", "probabilities", "features", "model")) {
            assertTrue(properties.has(field), field);
        }
    }

    @Test
    void problemSchemaHasTheRfc9457Fields() {
        JsonNode properties = document.at("/components/schemas/Problem/properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("type", "title", "status", "detail", "instance", "errors"), names);
    }

    /** The JSON schema reference of an operation's 200 answer. */
    private String successSchema(String path, String method) {
        JsonNode ok = resolved(document.path("paths").path(path).path(method).path("responses").path("200"));
        return ok.path("content").path("application/json").path("schema").path("$ref").asText();
    }

    /** The JSON schema reference of an operation's request body. */
    private String requestSchema(String path) {
        return document.path("paths").path(path).path("post").path("requestBody").path("content")
                .path("application/json").path("schema").path("$ref").asText();
    }

    /** Status code to description of each response whose body is a problem, references followed. */
    private Map<String, String> problemResponses(String path, String method) {
        JsonNode responses = document.path("paths").path(path).path(method).path("responses");
        Map<String, String> problems = new TreeMap<>();
        responses.fields().forEachRemaining(entry -> {
            JsonNode response = resolved(entry.getValue());
            JsonNode schema = response.path("content").path(Problem.MEDIA_TYPE).path("schema");
            if (!schema.isMissingNode()) {
                assertEquals("#/components/schemas/Problem", schema.path("$ref").asText(), path + " " + entry.getKey());
                problems.put(entry.getKey(), response.path("description").asText());
            }
        });
        return problems;
    }

    private JsonNode resolved(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? resolved(document.at(ref.substring(1))) : node;
    }
}
