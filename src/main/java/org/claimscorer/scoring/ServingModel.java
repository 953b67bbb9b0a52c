package org.claimscorer.scoring;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCards;
import org.claimscorer.model.ModelFiles;
import org.claimscorer.model.ModelRejectedException;
import org.jboss.logging.Logger;

/**
 * The model the service scores with. Loaded and validated at start-up; a model that does not fit
 * this code (labels, probabilities, feature-set version) or has no card stops start-up with a
 * message saying why. Readers always see one complete model.
 */
@ApplicationScoped
public class ServingModel {

    private static final Logger LOG = Logger.getLogger(ServingModel.class);

    private final ScoringConfig config;
    private final FeatureExtractor extractor;
    private final AtomicReference<LoadedModel> current = new AtomicReference<>();

    public ServingModel(ScoringConfig config, FeatureExtractor extractor) {
        this.config = config;
        this.extractor = extractor;
    }

    void onStart(@Observes StartupEvent event) {
        load();
    }

    /**
     * Loads the configured model and makes it current.
     *
     * @throws IllegalStateException with the reason when the model cannot be served
     */
    public void load() {
        Path path = config.model().path();
        try {
            AttributionModel model = new ModelFiles(extractor.version()).read(path);
            LoadedModel loaded = new LoadedModel(model, new ModelCards().readFor(model, path));
            current.set(loaded);
            LOG.infof("serving model %s %s (feature set %s)", model.name(), model.version(), model.featureSetVersion());
        } catch (ModelRejectedException e) {
            throw new IllegalStateException("cannot serve model " + path + ": " + e.getMessage(), e);
        }
    }

    /** The current model, or empty before one has been loaded. */
    Optional<LoadedModel> current() {
        return Optional.ofNullable(current.get());
    }

    /** Name and version of the current model, or empty before one has been loaded. */
    public Optional<ModelIdentity> identity() {
        return current().map(loaded -> new ModelIdentity(loaded.model().name(), loaded.model().version()));
    }
}
