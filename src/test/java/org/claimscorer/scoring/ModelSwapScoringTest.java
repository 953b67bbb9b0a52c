package org.claimscorer.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimscorer.claim.Claim;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSwapScoringTest {

    private static final List<String> TEXTS = List.of("The ministry said the border was open.",
            "The company denied the allegations.", "The factory was reportedly closed last week.",
            "Officials in both capitals say the talks will resume.", "The bridge was closed on Monday.");

    @TempDir
    Path dir;

    @Test
    void everyAnswerAndEveryBatchComesWhollyFromTheModelItNamesWhileModelsAreSwapped() throws Exception {
        Path served = dir.resolve("attribution.tribuo");
        Map<String, AttributionModel> models = Map.of(
                "tiny-a", ModelFixtures.writeValid(dir.resolve("a.tribuo"), "tiny-a"),
                "tiny-b", ModelFixtures.writeValid(dir.resolve("b.tribuo"), "tiny-b"));
        ModelFixtures.place(dir.resolve("a.tribuo"), served);
        ServingModel serving = new ServingModel(new FixedScoringConfig(served), ModelFixtures.EXTRACTOR,
                new SimpleMeterRegistry());
        serving.load();
        ClaimScorer scorer = new ClaimScorer(ModelFixtures.EXTRACTOR, serving, StrengthWeights.defaults(),
                new SimpleMeterRegistry());
        List<WeightedClaim> batch = TEXTS.stream().map(t -> new WeightedClaim(Claim.of(t, ""), Map.of())).toList();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean swapping = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> scorers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                scorers.add(pool.submit(() -> {
                    while (swapping.get()) {
                        List<ClaimScore> scores = scorer.scoreAll(batch);
                        String version = scores.get(0).model().version();
                        seen.add(version);
                        for (int i = 0; i < scores.size(); i++) {
                            assertEquals(version, scores.get(i).model().version(), "one model per batch");
                            assertEquals(models.get(version).predict(ModelFixtures.EXTRACTOR.extract(batch.get(i).claim()))
                                    .values(), scores.get(i).probabilities());
                        }
                    }
                    return null;
                }));
            }
            for (int swap = 0; swap < 40; swap++) {
                ModelFixtures.place(dir.resolve(swap % 2 == 0 ? "b.tribuo" : "a.tribuo"), served);
                assertTrue(serving.reload(ReloadTrigger.ADMIN).accepted());
            }
            swapping.set(false);
            for (Future<?> f : scorers) {
                f.get();
            }
        } finally {
            swapping.set(false);
            pool.shutdownNow();
        }
        assertEquals(Set.of("tiny-a", "tiny-b"), seen);
        Files.deleteIfExists(served);
    }
}
