package org.claimscorer.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimscorer.claim.Claim;
import org.claimscorer.features.FeatureExtractor;
import org.junit.jupiter.api.Test;

class ConcurrentScoringTest {

    private static ClaimScorer scorer() {
        FeatureExtractor extractor = FeatureExtractor.bundled();
        ServingModel serving = new ServingModel(new FixedScoringConfig(Path.of("models/attribution.tribuo")), extractor,
                new SimpleMeterRegistry());
        serving.load();
        return new ClaimScorer(extractor, serving, StrengthWeights.defaults(), new SimpleMeterRegistry());
    }

    @Test
    void eightThreadsGiveTheSameResultsAsSequentialScoring() throws Exception {
        ClaimScorer scorer = scorer();
        List<Claim> claims = new ArrayList<>();
        String[] texts = {"The ministry said the border was open.", "The company denied the allegations.",
            "The factory was reportedly closed last week.", "Officials in both capitals say the talks will resume.",
            "Mayor Ortiz said the bridge would reopen.", "The bridge was closed on Monday."};
        for (int i = 0; i < 400; i++) {
            claims.add(Claim.of(texts[i % texts.length], "Before. " + texts[i % texts.length] + " After " + i + "."));
        }
        List<ClaimScore> sequential = claims.stream().map(c -> scorer.score(c, Map.of())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ClaimScore>> futures = new ArrayList<>();
            for (Claim claim : claims) {
                futures.add(pool.submit(() -> scorer.score(claim, Map.of())));
            }
            for (int i = 0; i < claims.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
