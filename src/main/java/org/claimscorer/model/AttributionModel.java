package org.claimscorer.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.features.AttributionFeatures;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * A validated Tribuo classifier over the attribution features, with the name, version and
 * feature-set version it was trained with. Predictions use only features the model knows, and
 * the extractor always emits its constant {@code bias} feature, so {@code Model.predict} is never
 * handed an example it rejects. Thread-safe: Tribuo's {@code Model.predict} is.
 */
public final class AttributionModel {

    /** Instance-provenance key under which the feature-set version is recorded. */
    public static final String FEATURE_SET_KEY = "feature-set";
    /** Instance-provenance key for the model's name. */
    public static final String NAME_KEY = "model-name";
    /** Instance-provenance key for the model's version. */
    public static final String VERSION_KEY = "model-version";

    private final Model<Label> model;
    private final ImmutableFeatureMap known;
    private final String name;
    private final String version;
    private final String featureSetVersion;

    AttributionModel(Model<Label> model, String name, String version, String featureSetVersion) {
        this.model = model;
        this.known = model.getFeatureIDMap();
        this.name = name;
        this.version = version;
        this.featureSetVersion = featureSetVersion;
    }

    /** Probabilities of the seven labels for these features. */
    public LabelProbabilities predict(AttributionFeatures features) {
        List<Feature> usable = new ArrayList<>();
        for (Feature feature : features.modelFeatures()) {
            if (known.get(feature.getName()) != null) {
                usable.add(feature);
            }
        }
        if (usable.isEmpty()) {
            throw new IllegalStateException("model knows none of the example's features, not even the bias feature");
        }
        Prediction<Label> prediction = model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, usable));
        Map<AttributionLabel, Double> values = new EnumMap<>(AttributionLabel.class);
        prediction.getOutputScores().forEach((label, scored) ->
                AttributionLabel.parse(label).ifPresent(l -> values.put(l, scored.getScore())));
        return new LabelProbabilities(values);
    }

    /** The model's name, e.g. "attribution". */
    public String name() {
        return name;
    }

    /** The model's version, e.g. "2026.11.23-3f2a9c1b". */
    public String version() {
        return version;
    }

    /** The feature-set version the model was trained with. */
    public String featureSetVersion() {
        return featureSetVersion;
    }

    /** The underlying Tribuo model, for evaluation and serialisation. */
    public Model<Label> tribuoModel() {
        return model;
    }
}
