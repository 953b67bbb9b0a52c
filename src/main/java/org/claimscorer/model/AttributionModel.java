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
 * handed an example it rejects. A LibLinear logistic regression (the default trainer) is
 * compiled at load into {@link LinearWeights}, which gives the same probabilities without Tribuo's per-call
 * objects. Thread-safe: Tribuo's {@code Model.predict} and the compiled weights are.
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
    /** The compiled weights, or null when this kind of model predicts through Tribuo. */
    private final LinearWeights compiled;

    AttributionModel(Model<Label> model, String name, String version, String featureSetVersion) {
        this.model = model;
        this.known = model.getFeatureIDMap();
        this.name = name;
        this.version = version;
        this.featureSetVersion = featureSetVersion;
        this.compiled = LinearWeights.compile(model).orElse(null);
    }

    /**
     * Probabilities of the seven labels for these features: through the weights compiled at load when
     * the model is a LibLinear logistic regression (the same numbers as {@code Model.predict}), else
     * through Tribuo.
     */
    public LabelProbabilities predict(AttributionFeatures features) {
        return predict(features.names());
    }

    /** Probabilities for an example holding each named feature with value 1; unknown names are ignored. */
    LabelProbabilities predict(List<String> names) {
        return compiled == null ? predictWithTribuo(names) : compiled.predict(names);
    }

    /** Whether predictions use the compiled weights rather than Tribuo's generic path. */
    boolean compiled() {
        return compiled != null;
    }

    /** Probabilities through Tribuo's {@code Model.predict}: the reference the compiled weights must match. */
    LabelProbabilities predictWithTribuo(List<String> names) {
        List<Feature> usable = new ArrayList<>();
        for (String name : names) {
            if (known.get(name) != null) {
                usable.add(new Feature(name, 1.0));
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
