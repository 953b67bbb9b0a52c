package org.claimscorer.scoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;

/**
 * Model lifecycle metrics: {@code claim_scorer_model_reloads_total{outcome, trigger}} counts reload
 * attempts (every combination registered at zero, so alerts see a series from the start), and
 * {@code claim_scorer_model_info{name, version}} is 1 for the serving model only. Thread-safe.
 */
final class ModelSwapMetrics {

    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";

    private final MeterRegistry registry;
    private final MultiGauge info;

    ModelSwapMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.info = MultiGauge.builder("claim_scorer_model_info")
                .description("1 for the model being served, labelled with its name and version")
                .register(registry);
        for (ReloadTrigger trigger : ReloadTrigger.values()) {
            reloads(ACCEPTED, trigger);
            reloads(REJECTED, trigger);
        }
    }

    void attempted(String outcome, ReloadTrigger trigger) {
        reloads(outcome, trigger).increment();
    }

    void serving(ModelIdentity model) {
        info.register(List.of(MultiGauge.Row.of(Tags.of("name", model.name(), "version", model.version()), 1)), true);
    }

    private Counter reloads(String outcome, ReloadTrigger trigger) {
        return Counter.builder("claim_scorer_model_reloads")
                .description("Model reload attempts, by outcome and by what triggered them")
                .tag("outcome", outcome)
                .tag("trigger", trigger.tag())
                .register(registry);
    }
}
