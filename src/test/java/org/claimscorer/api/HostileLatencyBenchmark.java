package org.claimscorer.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: sends every hostile case ({@link HostileCases}) several times to the service
 * and prints the slowest cases by their worst and median latency (client-measured, server in the same
 * JVM). The figure quoted in README as the latency bound comes from here. Not in the default run
 * (the name does not end in Test); run it with {@code ./mvnw -B test -Dtest=HostileLatencyBenchmark}.
 */
@QuarkusTest
class HostileLatencyBenchmark {

    private static final int WARM = 2;
    private static final int TIMED = 5;
    private static final RestAssuredConfig CONFIG = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", HostileInputTest.HANG_GUARD_MS))
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private record Timing(String name, int status, double medianMs, double worstMs) { }

    @Test
    void printSlowestHostileRequests() {
        List<Timing> timings = new ArrayList<>();
        for (HostileCase c : HostileCases.all()) {
            for (int i = 0; i < WARM; i++) {
                send(c);
            }
            double[] ms = new double[TIMED];
            int status = 0;
            for (int i = 0; i < TIMED; i++) {
                long start = System.nanoTime();
                status = send(c);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            timings.add(new Timing(c.toString(), status, ms[TIMED / 2], ms[TIMED - 1]));
        }
        timings.sort(Comparator.comparingDouble(Timing::worstMs).reversed());
        System.out.printf(Locale.ROOT, "%d hostile cases x %d timed requests each; slowest by worst latency:%n",
                timings.size(), TIMED);
        for (Timing t : timings.subList(0, 12)) {
            System.out.printf(Locale.ROOT, "worst %8.1f ms  median %8.1f ms  %d  %s%n", t.worstMs(), t.medianMs(), t.status(), t.name());
        }
        double[] medians = timings.stream().mapToDouble(Timing::medianMs).sorted().toArray();
        System.out.printf(Locale.ROOT, "median of case medians %.1f ms; worst single request %.1f ms%n",
                medians[medians.length / 2], timings.get(0).worstMs());
    }

    private static int send(HostileCase c) {
        return given().config(CONFIG).contentType(c.mediaType()).body(c.body()).when().post(c.path()).statusCode();
    }
}
