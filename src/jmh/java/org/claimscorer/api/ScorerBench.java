package org.claimscorer.api;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claimscorer.bench.BenchInputs;
import org.claimscorer.claim.Claim;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.scoring.ClaimScorer;
import org.claimscorer.scoring.FixedScoringConfig;
import org.claimscorer.scoring.ServingModel;
import org.claimscorer.scoring.StrengthWeights;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole in-process scorer as the endpoint calls it: extraction, prediction, strength score,
 * evidence and the response record (everything but HTTP and JSON). Lives in {@code api} to call
 * the resource's own {@code ScoreResponse.of}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScorerBench {

    /** "short": the claim alone; otherwise the context size in characters. */
    @Param({"short", "1000", "10000", "100000"})
    public String input;

    private ClaimScorer scorer;
    private Claim claim;

    @Setup
    public void setUp() {
        FeatureExtractor extractor = FeatureExtractor.bundled();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ServingModel serving = new ServingModel(new FixedScoringConfig(Path.of("models/attribution.tribuo")), extractor,
                registry);
        serving.load();
        scorer = new ClaimScorer(extractor, serving, StrengthWeights.defaults(), registry);
        claim = input.equals("short") ? BenchInputs.shortClaim() : BenchInputs.inContext(Integer.parseInt(input));
    }

    @Benchmark
    public ScoreResponse score() {
        return ScoreResponse.of("bench-1", scorer.score(claim, Map.of()));
    }
}
