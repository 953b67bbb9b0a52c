package org.claimscorer.scoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.features.AttributionFeatures;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.model.LabelProbabilities;

/**
 * Scores claims: extracts features, predicts label probabilities with the serving model, turns them
 * into a strength score and picks the evidence the label rests on. Each call reads the serving model
 * once and answers wholly with it, so a model swapped in meanwhile never mixes into one answer (nor
 * into one batch), and the model named in the answer is the one that predicted. Thread-safe; counts every
 * prediction by label and model version. Created at start-up, so misconfigured strength weights stop
 * the service before it takes traffic.
 */
@Startup
@ApplicationScoped
public class ClaimScorer {

    private final FeatureExtractor extractor;
    private final ServingModel serving;
    private final StrengthWeights weights;
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public ClaimScorer(FeatureExtractor extractor, ServingModel serving, StrengthWeights weights, MeterRegistry registry) {
        this.extractor = extractor;
        this.serving = serving;
        this.weights = weights;
        this.registry = registry;
    }

    /**
     * Scores one claim.
     *
     * @param claim            the claim and its context
     * @param weightOverrides  per-request strength weights replacing the configured ones; may be empty
     * @throws ModelUnavailableException when no model is loaded
     * @throws IllegalArgumentException  when an override weight is outside [0, 1]
     */
    public ClaimScore score(Claim claim, Map<AttributionLabel, Double> weightOverrides) {
        return score(serving.current().orElseThrow(ModelUnavailableException::new), claim, weightOverrides);
    }

    /**
     * Scores several claims with one model, in order.
     *
     * @throws ModelUnavailableException when no model is loaded
     * @throws IllegalArgumentException  when an override weight is outside [0, 1]
     */
    public List<ClaimScore> scoreAll(List<WeightedClaim> claims) {
        LoadedModel loaded = serving.current().orElseThrow(ModelUnavailableException::new);
        return claims.stream().map(c -> score(loaded, c.claim(), c.weightOverrides())).toList();
    }

    private ClaimScore score(LoadedModel loaded, Claim claim, Map<AttributionLabel, Double> weightOverrides) {
        StrengthWeights effective = weightOverrides.isEmpty() ? weights : weights.with(weightOverrides);
        AttributionFeatures features = extractor.extract(claim);
        LabelProbabilities probabilities = loaded.model().predict(features);
        AttributionLabel label = probabilities.top();
        counter(label, loaded.model().version()).increment();
        return new ClaimScore(label, effective.score(probabilities), probabilities.values(),
                ClaimEvidence.of(features, label), loaded.identity());
    }

    /**
     * The serving model as callers may see it.
     *
     * @throws ModelUnavailableException when no model is loaded
     */
    public ModelDescription describeModel() {
        return ModelDescription.of(serving.current().orElseThrow(ModelUnavailableException::new), weights);
    }

    private Counter counter(AttributionLabel label, String modelVersion) {
        return counters.computeIfAbsent(label.name() + '\u0000' + modelVersion, key -> Counter.builder("claim_scorer_predictions")
                .description("Claims scored, by predicted label and model version")
                .tag("label", label.name())
                .tag("model_version", modelVersion)
                .register(registry));
    }
}
