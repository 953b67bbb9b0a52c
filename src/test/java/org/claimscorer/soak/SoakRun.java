package org.claimscorer.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.claimscorer.claim.Claim;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelFiles;
import org.claimscorer.model.ModelFixtures;

/**
 * The soak command (not part of the test run; see README "Soak test"): starts the packaged service
 * on a free port with a temporary copy of the bundled model, the directory watch on and an admin
 * token, then sends a fixed number of requests from several threads, mixing valid and hostile
 * requests, while {@link SoakSwaps} swaps good and bad model files. Every valid answer must be 200
 * with exactly the probabilities of the model it names; every hostile one must be 4xx. Prints
 * requests, errors, p50/p99 latency and the service's resident memory at start and end; exits 1 on
 * any error. Usage: {@code bench/soak [requests] [threads] [swap-interval-ms] [jvm-options]}.
 */
public final class SoakRun {

    private final int requests;
    private final int threads;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final long[] latencies;
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> versions = new ConcurrentHashMap<>();
    private final LongAdder hostile4xx = new LongAdder();
    private Map<String, List<Map<String, Double>>> expected;
    private URI base;

    private SoakRun(int requests, int threads) {
        this.requests = requests;
        this.threads = threads;
        this.latencies = new long[requests];
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long swapMillis = args.length > 2 ? Long.parseLong(args[2]) : 2000;
        String jvm = args.length > 3 ? args[3] : "-Xmx512m";
        boolean clean = new SoakRun(requests, threads).run(Duration.ofMillis(swapMillis), jvm);
        Runtime.getRuntime().halt(clean ? 0 : 1);
    }

    private boolean run(Duration swapInterval, String jvmOptions) throws Exception {
        Path root = Files.createTempDirectory("claim-scorer-soak");
        Path served = Files.createDirectories(root.resolve("models")).resolve("attribution.tribuo");
        ModelFixtures.place(Path.of("models/attribution.tribuo"), served);
        String token = UUID.randomUUID() + "-" + UUID.randomUUID();
        int port = freePort();
        base = URI.create("http://localhost:" + port);
        Process service = start(root, served, port, token, jvmOptions);
        try {
            awaitReady(service);
            SoakSwaps swaps = new SoakSwaps(served, Files.createDirectories(root.resolve("staging")),
                    base.resolve("/admin/model/reload"), token, swapInterval);
            expected = expectations(swaps.validModels(), served);
            long rssStart = rssKb(service.pid());
            Thread swapper = new Thread(swaps, "soak-swaps");
            long started = System.nanoTime();
            swapper.start();
            drive();
            long elapsed = System.nanoTime() - started;
            swaps.stop();
            swapper.join();
            long rssEnd = rssKb(service.pid());
            report(elapsed, swaps, rssStart, rssEnd, rssPeakKb(service.pid()));
            return errors.isEmpty() && swaps.adminUnexpected.get() == 0 && service.isAlive();
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private Process start(Path root, Path served, int port, String token, String jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(jvmOptions.trim().split("\\s+")));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dclaim-scorer.model.path=" + served,
                "-Dclaim-scorer.admin.token=" + token, "-Dclaim-scorer.model.watch=true",
                "-jar", "target/quarkus-app/quarkus-run.jar"));
        System.out.println("service: " + String.join(" ", command).replace(token, "<token>"));
        System.out.println("service log: " + root.resolve("service.log"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve("service.log").toFile()).start();
    }

    private void awaitReady(Process service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && service.isAlive()) {
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not become ready");
    }

    /** Expected probabilities of every soak claim, per model version that may serve. */
    private Map<String, List<Map<String, Double>>> expectations(Map<String, AttributionModel> swapped, Path served)
            throws Exception {
        Map<String, AttributionModel> models = new HashMap<>(swapped);
        AttributionModel bundled = new ModelFiles(ModelFixtures.EXTRACTOR.version()).read(Path.of("models/attribution.tribuo"));
        models.put(bundled.version(), bundled);
        Map<String, List<Map<String, Double>>> byVersion = new HashMap<>();
        models.forEach((version, model) -> byVersion.put(version, SoakRequests.CLAIMS.stream().map(text -> {
            Map<String, Double> p = new HashMap<>();
            model.predict(ModelFixtures.EXTRACTOR.extract(Claim.of(text, null))).values()
                    .forEach((label, value) -> p.put(label.name(), value));
            return p;
        }).toList()));
        return byVersion;
    }

    private void drive() throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                    send(n);
                }
            }, "soak-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void send(int n) {
        SoakRequests.Request request = SoakRequests.number(n);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(request.path()))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(), HttpResponse.BodyHandlers.ofString());
            latencies[n] = System.nanoTime() - start;
            check(request, response);
        } catch (Exception e) {
            latencies[n] = System.nanoTime() - start;
            error(request.kind() + ": " + e.getClass().getSimpleName());
        }
    }

    private void check(SoakRequests.Request request, HttpResponse<String> response) throws IOException {
        int status = response.statusCode();
        if (!request.valid()) {
            if (status >= 400 && status < 500) {
                hostile4xx.increment();
            } else {
                error(request.kind() + ": status " + status);
            }
            return;
        }
        if (status != 200) {
            error(request.kind() + ": status " + status);
            return;
        }
        JsonNode body = json.readTree(response.body());
        List<JsonNode> answers = new ArrayList<>();
        (request.path().endsWith("batch") ? body.get("results") : json.createArrayNode().add(body)).forEach(answers::add);
        String version = answers.get(0).get("model").get("version").asText();
        versions.computeIfAbsent(version, v -> new LongAdder()).increment();
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = answers.get(i);
            List<Map<String, Double>> byClaim = expected.get(version);
            Map<String, Double> got = json.convertValue(answer.get("probabilities"),
                    json.getTypeFactory().constructMapType(Map.class, String.class, Double.class));
            if (!version.equals(answer.get("model").get("version").asText())) {
                error(request.kind() + ": two models in one batch");
            } else if (byClaim == null || !byClaim.get(request.claims().get(i)).equals(got)) {
                error(request.kind() + ": probabilities differ from model " + version);
            }
        }
    }

    private void error(String what) {
        errors.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    private void report(long elapsedNanos, SoakSwaps swaps, long rssStart, long rssEnd, long rssPeak) throws Exception {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf(Locale.ROOT, "requests: %d (%d threads) in %.1f s = %.0f req/s%n", requests, threads,
                elapsedNanos / 1e9, requests / (elapsedNanos / 1e9));
        System.out.printf(Locale.ROOT, "errors: %d %s%n", errorCount, errors);
        System.out.printf(Locale.ROOT, "hostile requests answered 4xx: %d%n", hostile4xx.sum());
        System.out.printf(Locale.ROOT, "valid answers by model version: %s%n", versions);
        System.out.printf(Locale.ROOT, "latency p50: %.2f ms, p99: %.2f ms, max: %.2f ms%n", sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6, sorted[sorted.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "model swap steps: %d (admin reloads accepted %d, rejected %d, unexpected %d)%n",
                swaps.steps.get(), swaps.adminAccepted.get(), swaps.adminRejected.get(), swaps.adminUnexpected.get());
        get("/q/metrics").body().lines().filter(l -> l.startsWith("claim_scorer_model_")).forEach(l -> System.out.println("  " + l));
        System.out.printf(Locale.ROOT, "service RSS: start %d MiB, end %d MiB, peak %d MiB%n", rssStart / 1024, rssEnd / 1024,
                rssPeak / 1024);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long rssKb(long pid) throws IOException {
        return statusKb(pid, "VmRSS:");
    }

    private static long rssPeakKb(long pid) throws IOException {
        return statusKb(pid, "VmHWM:");
    }

    private static long statusKb(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith(field))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst().orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
