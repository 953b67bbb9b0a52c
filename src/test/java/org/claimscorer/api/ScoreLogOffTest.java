package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** With the request log's category at WARN, no line is written and the request id header still comes back. */
@QuarkusTest
class ScoreLogOffTest {

    @Test
    void requestLogTurnedOffWritesNoLineButKeepsTheRequestId() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (ScoreLog.class.getName().equals(record.getLoggerName())) {
                    lines.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // What quarkus.log.category."org.claimscorer.api.ScoreLog".level=WARN sets, undone afterwards.
        Logger requestLog = Logger.getLogger(ScoreLog.class.getName());
        Level before = requestLog.getLevel();
        requestLog.setLevel(Level.WARNING);
        Logger.getLogger("").addHandler(capture);
        try {
            String header = given().contentType(ContentType.JSON).header(ScoreLog.HEADER, "trace-7")
                    .body(Map.of("claim", "The plant will close in May, a company spokesperson said."))
                    .when().post("/v1/score").then().statusCode(200).extract().header(ScoreLog.HEADER);
            assertEquals("trace-7", header);
            assertEquals(List.of(), lines);
        } finally {
            Logger.getLogger("").removeHandler(capture);
            requestLog.setLevel(before);
        }
    }
}
