package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The load test's committed request bodies (bench/bodies) stay valid requests, so bench/load measures answers, not errors. */
@QuarkusTest
class BenchBodiesTest {

    private static List<Path> bodies(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bench/bodies"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    @Test
    void everySingleBodyIsScored() throws IOException {
        List<Path> singles = bodies("score-");
        assertEquals(32, singles.size());
        for (int i = 0; i < singles.size(); i++) {
            given().contentType(ContentType.JSON).body(Files.readString(singles.get(i))).post("/v1/score")
                    .then().statusCode(200).body("requestId", equalTo(String.format("bench-%02d", i)));
        }
    }

    @Test
    void everyBatchBodyIsScoredWithSixtyFourResults() throws IOException {
        List<Path> batches = bodies("batch-");
        assertEquals(4, batches.size());
        for (Path batch : batches) {
            given().contentType(ContentType.JSON).body(Files.readString(batch)).post("/v1/score/batch")
                    .then().statusCode(200).body("results", hasSize(64));
        }
    }
}
