package org.claimscorer.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.claimscorer.features.AttributionFeatures;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.LabelProbabilities;
import org.claimscorer.model.ModelFiles;
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

/** Prediction alone with the bundled model, from features extracted once in set-up. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PredictionBench {

    /** "short": the claim alone; "1000": the claim in a 1 KB context (the features differ: context rules). */
    @Param({"short", "1000"})
    public String input;

    private AttributionModel model;
    private AttributionFeatures features;

    @Setup
    public void setUp() throws Exception {
        FeatureExtractor extractor = FeatureExtractor.bundled();
        model = new ModelFiles(extractor.version()).read(Path.of("models/attribution.tribuo"));
        features = extractor.extract(Inputs.of(input));
    }

    @Benchmark
    public LabelProbabilities predict() {
        return model.predict(features);
    }
}
