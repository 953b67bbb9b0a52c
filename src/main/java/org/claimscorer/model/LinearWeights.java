package org.claimscorer.model;

import de.bwaldvogel.liblinear.Model;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimscorer.claim.AttributionLabel;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.common.liblinear.LibLinearModel;

/**
 * A LibLinear logistic-regression model's weights, compiled once at load into a flat array indexed by
 * feature id, so a prediction is a few hash look-ups and additions instead of Tribuo's generic path
 * (feature objects, an example, LibLinear nodes, a prediction map). It computes exactly what LibLinear's
 * {@code Linear.predictProbability} computes for Tribuo: per label the sum of the weights of the known
 * features in feature-id order plus the bias weight, the logistic function of each sum, then each
 * divided by their total (one-vs-rest logistic regression, normalised). Immutable and thread-safe.
 */
final class LinearWeights {

    private final Map<String, Integer> ids;
    private final double[] weights;
    private final int labels;
    private final int biasRow;
    private final AttributionLabel[] labelOfColumn;

    private LinearWeights(Map<String, Integer> ids, double[] weights, int labels, int biasRow,
                          AttributionLabel[] labelOfColumn) {
        this.ids = ids;
        this.weights = weights;
        this.labels = labels;
        this.biasRow = biasRow;
        this.labelOfColumn = labelOfColumn;
    }

    /** The compiled weights of a multi-class LibLinear probability model; empty for any other model. */
    static Optional<LinearWeights> compile(org.tribuo.Model<Label> model) {
        Optional<Model> inner = innerModel(model);
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        Model liblinear = inner.get();
        ImmutableFeatureMap features = model.getFeatureIDMap();
        ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
        int labels = liblinear.getNrClass();
        double[] weights = liblinear.getFeatureWeights();
        int rows = liblinear.getBias() >= 0 ? features.size() + 1 : features.size();
        if (!liblinear.isProbabilityModel() || labels <= 2 || labels != outputs.size()
                || liblinear.getNrFeature() != features.size() || weights.length != rows * labels) {
            return Optional.empty();
        }
        Map<String, Integer> ids = new HashMap<>();
        features.forEach(info -> ids.put(info.getName(), features.getID(info.getName())));
        AttributionLabel[] labelOfColumn = new AttributionLabel[labels];
        for (int i = 0; i < labels; i++) {
            labelOfColumn[i] = AttributionLabel.parse(outputs.getOutput(liblinear.getLabels()[i]).getLabel()).orElse(null);
        }
        int biasRow = liblinear.getBias() >= 0 ? features.size() : -1;
        return Optional.of(new LinearWeights(Map.copyOf(ids), weights, labels, biasRow, labelOfColumn));
    }

    /**
     * The LibLinear model inside a Tribuo LibLinear classifier, read from Tribuo's protected field:
     * the public {@code getInnerModels()} copies it through LibLinear's text format, which takes one to
     * several seconds at start-up, and Tribuo 4.3 stores it in the model file as a Java-serialised object.
     * Empty when the field is not there (another Tribuo version), so the model predicts through Tribuo.
     */
    private static Optional<Model> innerModel(org.tribuo.Model<Label> model) {
        if (!(model instanceof LibLinearClassificationModel)) {
            return Optional.empty();
        }
        try {
            Field field = LibLinearModel.class.getDeclaredField("models");
            field.setAccessible(true);
            List<?> models = (List<?>) field.get(model);
            return models.size() == 1 && models.get(0) instanceof Model inner ? Optional.of(inner) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Probabilities for an example holding each named feature with value 1; unknown names are ignored.
     *
     * @throws IllegalStateException when the model knows none of the names
     */
    LabelProbabilities predict(List<String> names) {
        int[] rows = new int[names.size()];
        int known = 0;
        for (String name : names) {
            Integer id = ids.get(name);
            if (id != null) {
                rows[known++] = id;
            }
        }
        if (known == 0) {
            throw new IllegalStateException("model knows none of the example's features, not even the bias feature");
        }
        Arrays.sort(rows, 0, known);
        double[] scores = new double[labels];
        for (int k = 0; k < known; k++) {
            add(scores, rows[k]);
        }
        if (biasRow >= 0) {
            add(scores, biasRow);
        }
        return probabilities(scores);
    }

    /** Adds one feature's weights (value 1) to every label's sum, as LibLinear's predictValues does. */
    private void add(double[] scores, int row) {
        int offset = row * labels;
        for (int i = 0; i < labels; i++) {
            scores[i] += weights[offset + i] * 1.0;
        }
    }

    /** LibLinear's predictProbability for more than two classes: logistic per label, normalised by the sum. */
    private LabelProbabilities probabilities(double[] scores) {
        for (int i = 0; i < labels; i++) {
            scores[i] = 1 / (1 + Math.exp(-scores[i]));
        }
        double sum = 0;
        for (int i = 0; i < labels; i++) {
            sum += scores[i];
        }
        Map<AttributionLabel, Double> values = new EnumMap<>(AttributionLabel.class);
        for (int i = 0; i < labels; i++) {
            if (labelOfColumn[i] != null) {
                values.put(labelOfColumn[i], scores[i] / sum);
            }
        }
        return new LabelProbabilities(values);
    }
}
