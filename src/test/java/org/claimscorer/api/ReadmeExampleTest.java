package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's curl example and its printed answer stay true for the bundled model. */
@QuarkusTest
class ReadmeExampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readmeExampleAnswerIsWhatTheServiceReturns() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String request = between(readme, "-H 'Content-Type: application/json' -d '", "'\n```");
        JsonNode printed = JSON.readTree(between(readme, "answers (real output of the bundled model):\n\n```json\n", "\n```"));
        JsonNode actual = JSON.readTree(given().contentType("application/json").body(request).post("/v1/score")
                .then().statusCode(200).extract().asString());
        assertEquals(printed, actual);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
