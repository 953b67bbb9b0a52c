package org.claimscorer.bench;

import java.util.concurrent.TimeUnit;
import org.claimscorer.claim.Claim;
import org.claimscorer.features.AttributionFeatures;
import org.claimscorer.features.FeatureExtractor;
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

/** Feature extraction alone, for a claim with no context and inside 1 KB, 10 KB and 100 KB contexts. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExtractionBench {

    /** "short": the claim alone; otherwise the context size in characters. */
    @Param({"short", "1000", "10000", "100000"})
    public String input;

    private final FeatureExtractor extractor = FeatureExtractor.bundled();
    private Claim claim;

    @Setup
    public void setUp() {
        claim = Inputs.of(input);
    }

    @Benchmark
    public AttributionFeatures extract() {
        return extractor.extract(claim);
    }
}
