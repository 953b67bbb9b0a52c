package org.claimscorer.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sends every generated hostile request ({@link HostileCases}) and checks its exact answer: the status,
 * the problem type and the offending field, no stack trace and no echo of the claim; for requests
 * that are accepted, that every span points at exactly the characters it quotes. A socket timeout
 * is the hang guard: a request that does not answer within {@link #HANG_GUARD_MS} fails its case.
 */
@QuarkusTest
class HostileInputTest {

    /** Hang guard only: far above the worst measured latency (see README), never a performance assertion. */
    static final int HANG_GUARD_MS = 30_000;

    private static final RestAssuredConfig GUARDED = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", HANG_GUARD_MS)
                    .setParam("http.connection.timeout", HANG_GUARD_MS))
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<HostileCase> cases() {
        return HostileCases.all();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void hostileRequestGetsItsExpectedAnswer(HostileCase c) throws IOException {
        Response response = given().config(GUARDED).contentType(c.mediaType()).body(c.body()).when().post(c.path());
        String body = response.asString();
        assertTrue(response.statusCode() < 500, () -> "server error " + response.statusCode() + ": " + body);
        assertNoTrace(body);
        assertEquals(c.status(), response.statusCode(), body);
        if (c.type() == null) {
            assertSpansPointAtTheirText(JSON.readTree(body), c);
        } else {
            assertTrue(response.contentType().startsWith(Problem.MEDIA_TYPE), response.contentType());
            assertProblem(JSON.readTree(body), body, c);
        }
    }

    static void assertNoTrace(String body) {
        for (String trace : new String[] {"Exception", "\tat ", "at org.", "at java.", "at io.", "Caused by"}) {
            assertFalse(body.contains(trace), () -> "stack trace in " + body);
        }
    }

    private static void assertProblem(JsonNode problem, String body, HostileCase c) {
        assertEquals("https://claim-scorer.dev/problems/" + c.type(), problem.path("type").asText(), body);
        assertEquals(c.status(), problem.path("status").asInt(), body);
        if (c.field() != null) {
            assertEquals(c.field(), problem.path("errors").path(0).path("field").asText(), body);
        } else {
            assertTrue(problem.path("errors").isEmpty(), body);
        }
        if (c.secret() != null) {
            assertFalse(body.contains(c.secret().substring(0, 6)), () -> "problem echoes the claim: " + body);
        }
    }

    private static void assertSpansPointAtTheirText(JsonNode answer, HostileCase c) {
        assertTrue(answer.path("label").isTextual(), "label");
        JsonNode features = answer.path("features");
        for (JsonNode span : spans(features)) {
            String named = "claim".equals(span.path("in").asText()) ? c.claim() : c.context();
            int start = span.path("start").asInt();
            int end = span.path("end").asInt();
            assertTrue(named != null && 0 <= start && start <= end && end <= named.length(), span::toString);
            assertEquals(named.substring(start, end), span.path("text").asText(), span::toString);
        }
        JsonNode located = features.path("claimInContext");
        if (located.isObject()) {
            assertTrue(c.context() != null && located.path("end").asInt() <= c.context().length(), located::toString);
        }
    }

    private static List<JsonNode> spans(JsonNode features) {
        List<JsonNode> spans = new ArrayList<>();
        for (String single : new String[] {"source", "cue"}) {
            if (features.path(single).isObject()) {
                spans.add(features.path(single));
            }
        }
        for (String list : new String[] {"hedges", "denials", "anonymity", "quotes"}) {
            features.path(list).forEach(spans::add);
        }
        return spans;
    }

    @Test
    void casesAreGeneratedByTheHundred() {
        assertTrue(HostileCases.all().size() >= 300, "only " + HostileCases.all().size() + " hostile cases");
    }

    @Test
    void chunkedBodyOverTheLimitGetsA413Problem() throws IOException {
        byte[] chunk = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                .repeat(100).getBytes(StandardCharsets.US_ASCII);
        String answer = raw("POST /v1/score HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n", out -> {
                    out.write("f\r\n{\"claim\":\"x\",\"c\r\n".getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 120; i++) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                });
        assertTrue(answer.startsWith("HTTP/1.1 413"), "answer: [" + answer + "]");
        assertTrue(answer.contains(Problem.MEDIA_TYPE), answer);
        assertTrue(answer.contains("\"type\":\"https://claim-scorer.dev/problems/body-too-large\""), answer);
    }

    @Test
    void chunkedBodyUnderTheLimitIsScored() throws IOException {
        String json = "{\"claim\":\"The minister said so.\"}";
        String answer = raw("POST /v1/score HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", out -> out.write(
                        (Integer.toHexString(json.length()) + "\r\n" + json + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8)));
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"label\""), answer);
    }

    @Test
    void nonNumericContentLengthIsA400() throws IOException {
        String answer = raw("POST /v1/score HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: abc\r\n\r\n{\"claim\":\"" + HostileCases.SECRET + "\"}", out -> { });
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertFalse(answer.contains(HostileCases.SECRET), answer);
        assertNoTrace(answer);
    }

    /** Writes a raw HTTP/1.1 request and reads the answer, under the same hang guard. */
    static String raw(String head, Body body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(HANG_GUARD_MS);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                body.writeTo(out);
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before the whole body is sent; the answer is still readable.
            }
            return readAnswer(socket.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        byte[] buffer = new byte[65536];
        StringBuilder answer = new StringBuilder();
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (answer.indexOf("\r\n\r\n") > 0 && answerComplete(answer.toString())) {
                    break;
                }
            }
        } catch (java.net.SocketException reset) {
            // Connection reset after the answer: keep what arrived.
        }
        return answer.toString();
    }

    private static boolean answerComplete(String answer) {
        int headEnd = answer.indexOf("\r\n\r\n");
        String head = answer.substring(0, headEnd).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return answer.endsWith("0\r\n\r\n");
        }
        int length = Integer.parseInt(head.substring(at + 15, head.indexOf('\r', at) < 0 ? head.length() : head.indexOf('\r', at)).trim());
        return answer.getBytes(StandardCharsets.UTF_8).length - headEnd - 4 >= length;
    }

    /** Writes a request body. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
