package org.claimscorer.scoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCards;
import org.claimscorer.model.ModelFiles;
import org.claimscorer.model.ModelRejectedException;
import org.jboss.logging.Logger;

/**
 * The model the service scores with. Loaded and validated at start-up, where a model that does not
 * fit this code (labels, probabilities, feature-set version) or has no matching card stops start-up
 * with a message saying why. Reloaded on request: the new model and card are read and validated on
 * the caller's thread (never a scoring request's), then swapped in with one atomic write; a
 * rejected file leaves the old model serving and is remembered for readiness. Readers always see
 * one complete, immutable {@link LoadedModel}. Thread-safe; reloads run one at a time.
 */
@ApplicationScoped
public class ServingModel {

    private static final Logger LOG = Logger.getLogger(ServingModel.class);

    private final ScoringConfig config;
    private final FeatureExtractor extractor;
    private final ModelSwapMetrics metrics;
    private final AtomicReference<LoadedModel> current = new AtomicReference<>();
    private final AtomicReference<ModelRejection> lastRejection = new AtomicReference<>();

    public ServingModel(ScoringConfig config, FeatureExtractor extractor, MeterRegistry registry) {
        this.config = config;
        this.extractor = extractor;
        this.metrics = new ModelSwapMetrics(registry);
    }

    /** Loads before anything else observing start-up, e.g. the directory watcher. */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        load();
    }

    /**
     * Loads the configured model and makes it current.
     *
     * @throws IllegalStateException with the reason when the model cannot be served
     */
    public synchronized void load() {
        Path path = config.model().path();
        try {
            install(read(path));
        } catch (ModelRejectedException e) {
            throw new IllegalStateException("cannot serve model " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and validates the configured model file and its card again, and serves it if it passes;
     * otherwise keeps the current model and records the rejection. Never throws for a bad file.
     */
    public synchronized ReloadOutcome reload(ReloadTrigger trigger) {
        Path path = config.model().path();
        try {
            LoadedModel loaded = read(path);
            install(loaded);
            lastRejection.set(null);
            metrics.attempted(ModelSwapMetrics.ACCEPTED, trigger);
            return new ReloadOutcome(true, loaded.identity(), null);
        } catch (ModelRejectedException | RuntimeException e) {
            String reason = reason(e, path);
            lastRejection.set(new ModelRejection(Instant.now(), trigger, reason));
            metrics.attempted(ModelSwapMetrics.REJECTED, trigger);
            ModelIdentity serving = identity().orElse(null);
            LOG.warnf(e instanceof RuntimeException ? e : null, "rejected model reload (%s): %s; still serving %s",
                    trigger.tag(), reason, serving == null ? "no model" : serving.name() + " " + serving.version());
            return new ReloadOutcome(false, serving, reason);
        }
    }

    private LoadedModel read(Path path) throws ModelRejectedException {
        AttributionModel model = new ModelFiles(extractor.version()).read(path);
        return new LoadedModel(model, new ModelCards().readFor(model, path), Instant.now());
    }

    private void install(LoadedModel loaded) {
        current.set(loaded);
        metrics.serving(loaded.identity());
        LOG.infof("serving model %s %s (feature set %s)", loaded.model().name(), loaded.model().version(),
                loaded.model().featureSetVersion());
    }

    /** The reason for a rejection without directory names (readiness data may be seen widely). */
    private static String reason(Exception e, Path path) {
        String message = e instanceof ModelRejectedException ? e.getMessage()
                : "unexpected " + e.getClass().getSimpleName() + " while reading the model";
        Path parent = path.toAbsolutePath().getParent();
        String shorter = message.replace(path.toString(), String.valueOf(path.getFileName()));
        return parent == null ? shorter : shorter.replace(parent + "/", "");
    }

    /** The current model, or empty before one has been loaded. */
    Optional<LoadedModel> current() {
        return Optional.ofNullable(current.get());
    }

    /** Name and version of the current model, or empty before one has been loaded. */
    public Optional<ModelIdentity> identity() {
        return current().map(LoadedModel::identity);
    }

    /** When the current model was made current, or empty before one has been loaded. */
    public Optional<Instant> loadedAt() {
        return current().map(LoadedModel::loadedAt);
    }

    /** The last reload attempt if it was rejected; empty when it was accepted or none was made. */
    public Optional<ModelRejection> lastRejection() {
        return Optional.ofNullable(lastRejection.get());
    }
}
