package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One log line per scoring request, with the request id, model version, label, latency and status only. */
@QuarkusTest
class ScoreLogTest {

    private static final String CLAIM = "Glimmering walrus plans will close the plant, a company spokesperson said.";
    private final List<Map<String, String>> lines = new CopyOnWriteArrayList<>();
    private final List<String> everything = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord ext = (ExtLogRecord) record;
            Map<String, String> mdc = Map.copyOf(ext.getMdcCopy().entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()))));
            everything.add(ext.getFormattedMessage() + " " + mdc + " " + ext.getLoggerName());
            if (ScoreLog.class.getName().equals(record.getLoggerName())) {
                lines.add(mdc);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void scoredRequestLogsOneLineWithItsFieldsAndNoText() {
        String header = given().contentType(ContentType.JSON).header(ScoreLog.HEADER, "trace-42")
                .body(Map.of("claim", CLAIM, "context", "Earlier. " + CLAIM, "requestId", "caller-id-walrus"))
                .when().post("/v1/score").then().statusCode(200).extract().header(ScoreLog.HEADER);
        assertEquals("trace-42", header);
        Map<String, String> line = onlyLine();
        assertEquals("trace-42", line.get("requestId"));
        assertEquals("INSTITUTION", line.get("label"));
        assertEquals("200", line.get("status"));
        assertTrue(line.get("modelVersion").matches("\\d{4}\\.\\d{2}\\.\\d{2}-.+"), line::toString);
        assertTrue(Double.parseDouble(line.get("latencyMs")) >= 0, line::toString);
        assertEquals(java.util.Set.of("requestId", "modelVersion", "label", "latencyMs", "status"), line.keySet());
        assertNothingLoggedContains("walrus");
    }

    @Test
    void rejectedRequestLogsItsStatusAndAFreshId() {
        given().contentType(ContentType.JSON).header(ScoreLog.HEADER, "not a token; " + "walrus")
                .body("{\"claim\":\"Glimmering walrus\",\"bogus\":1}").when().post("/v1/score").then().statusCode(400);
        Map<String, String> line = onlyLine();
        assertEquals("400", line.get("status"));
        assertEquals("-", line.get("label"));
        assertTrue(line.get("requestId").matches("[0-9a-f-]{36}"), line::toString);
        assertNothingLoggedContains("walrus");
    }

    @Test
    void batchLogsEveryLabelInOrder() {
        given().contentType(ContentType.JSON).body("{\"items\":[{\"claim\":\"" + CLAIM + "\"},"
                + "{\"claim\":\"The company denied the walrus report.\"}]}").when().post("/v1/score/batch").then().statusCode(200);
        assertEquals("INSTITUTION,DENIAL", onlyLine().get("label"));
        assertNothingLoggedContains("walrus");
    }

    @Test
    void metricsNeverCarryClaimText() {
        given().contentType(ContentType.JSON).body(Map.of("claim", CLAIM)).when().post("/v1/score").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("walrus"));
        assertTrue(metrics.contains("claim_scorer_predictions_total"));
    }

    private Map<String, String> onlyLine() {
        assertEquals(1, lines.size(), lines::toString);
        return lines.get(0);
    }

    private void assertNothingLoggedContains(String word) {
        for (String logged : everything) {
            assertFalse(logged.contains(word), logged);
        }
    }
}
