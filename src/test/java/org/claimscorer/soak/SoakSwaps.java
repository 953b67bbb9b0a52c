package org.claimscorer.soak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelFixtures;

/**
 * Swaps models under load, one step per interval, round a fixed cycle: valid models placed in the
 * watched directory and loaded by the watcher or the admin endpoint, and corrupt, truncated,
 * wrong-feature-set and non-probabilistic files that must be rejected while the last good model
 * keeps serving. Counts what the admin endpoint answered.
 */
final class SoakSwaps implements Runnable {

    /**
     * One step: place {@code file} in the served directory, then ask the admin endpoint to reload
     * when {@code admin}, expecting 200 when {@code valid} and 409 otherwise.
     */
    private record Step(Path file, boolean admin, boolean valid) { }

    private final Path served;
    private final URI reload;
    private final String token;
    private final Duration interval;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Step> cycle;
    private final Map<String, AttributionModel> valid;
    final AtomicInteger steps = new AtomicInteger();
    final AtomicInteger adminAccepted = new AtomicInteger();
    final AtomicInteger adminRejected = new AtomicInteger();
    final AtomicInteger adminUnexpected = new AtomicInteger();
    private volatile boolean running = true;

    SoakSwaps(Path served, Path staging, URI reload, String token, Duration interval) throws Exception {
        this.served = served;
        this.reload = reload;
        this.token = token;
        this.interval = interval;
        Path a = staging.resolve("tiny-soak-a.tribuo");
        Path b = staging.resolve("tiny-soak-b.tribuo");
        valid = Map.of("tiny-soak-a", ModelFixtures.writeValid(a, "tiny-soak-a"),
                "tiny-soak-b", ModelFixtures.writeValid(b, "tiny-soak-b"));
        Path garbage = staging.resolve("garbage.tribuo");
        Path truncated = staging.resolve("truncated.tribuo");
        Path golden = staging.resolve("golden.tribuo");
        Path svm = staging.resolve("svm.tribuo");
        ModelFixtures.writeGarbage(garbage);
        ModelFixtures.writeTruncated(truncated, a);
        ModelFixtures.writeWrongFeatureSet(golden);
        ModelFixtures.writeNonProbabilistic(svm, "svm-soak");
        cycle = List.of(new Step(a, false, true), new Step(b, true, true), new Step(garbage, true, false),
                new Step(a, true, true), new Step(truncated, false, false), new Step(b, false, true),
                new Step(golden, true, false), new Step(a, false, true), new Step(svm, true, false),
                new Step(b, true, true));
    }

    /** The valid models this run swaps in, by version. */
    Map<String, AttributionModel> validModels() {
        return valid;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        try {
            while (running) {
                Thread.sleep(interval.toMillis());
                step(cycle.get(steps.getAndIncrement() % cycle.size()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("model swap failed", e);
        }
    }

    private void step(Step step) throws Exception {
        ModelFixtures.place(step.file(), served);
        if (!step.admin()) {
            return;
        }
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(reload)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        int expected = step.valid() ? 200 : 409;
        (response.statusCode() != expected ? adminUnexpected : step.valid() ? adminAccepted : adminRejected)
                .incrementAndGet();
    }
}
