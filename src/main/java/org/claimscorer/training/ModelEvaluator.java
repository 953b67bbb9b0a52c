package org.claimscorer.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCard;
import org.tribuo.Example;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableOutputInfo;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.ConfusionMatrix;
import org.tribuo.classification.evaluation.LabelConfusionMatrix;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;

/**
 * Measures a model on labelled claims with Tribuo's {@link LabelEvaluator}, and the rules-only baseline
 * with Tribuo's {@link LabelConfusionMatrix} over its predictions: accuracy, macro-F1, per-label
 * precision, recall and F1, the confusion matrix over all seven labels, and (models only) the expected
 * calibration error. Macro-F1 averages over the labels that occur in the set or in the predictions.
 */
public final class ModelEvaluator {

    private final ExampleFactory examples;
    private final CalibrationError calibration = new CalibrationError();

    public ModelEvaluator(ExampleFactory examples) {
        this.examples = examples;
    }

    /** The model's quality on these claims. */
    public ModelCard.Evaluation evaluate(AttributionModel model, List<LabelledClaim> claims, String description) {
        LabelEvaluation evaluation = new LabelEvaluator().evaluate(model.tribuoModel(),
                examples.dataset(claims, description, ExampleFactory.KEEP_EVERY_WORD));
        return summary(description, claims.size(), evaluation.getConfusionMatrix(),
                calibration.of(evaluation.getPredictions()));
    }

    /** The rules-only baseline's quality on these claims: no probabilities, so no calibration figure. */
    public ModelCard.Evaluation evaluate(RulesBaseline baseline, List<LabelledClaim> claims, String description) {
        List<Prediction<Label>> predictions = new ArrayList<>();
        for (LabelledClaim claim : claims) {
            Example<Label> example = examples.example(claim);
            predictions.add(new Prediction<>(new Label(baseline.label(claim.claim()).name()), example.size(), example));
        }
        return summary(description, claims.size(), new LabelConfusionMatrix(allLabels(), predictions), null);
    }

    private static ModelCard.Evaluation summary(String description, int size, ConfusionMatrix<Label> matrix, Double ece) {
        Map<String, ModelCard.LabelScores> perLabel = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        double f1Sum = 0;
        double correct = 0;
        int present = 0;
        for (AttributionLabel truth : AttributionLabel.values()) {
            Label label = new Label(truth.name());
            ModelCard.LabelScores scores = scores(matrix, label);
            perLabel.put(truth.name(), scores);
            correct += matrix.tp(label);
            if (matrix.tp(label) + matrix.fp(label) + matrix.fn(label) > 0) {
                f1Sum += scores.f1();
                present++;
            }
            // Tribuo's confusion(predicted, truth) takes the predicted label first.
            Map<String, Integer> row = new LinkedHashMap<>();
            for (AttributionLabel predicted : AttributionLabel.values()) {
                row.put(predicted.name(), (int) matrix.confusion(new Label(predicted.name()), label));
            }
            confusion.put(truth.name(), row);
        }
        return new ModelCard.Evaluation(description, size, size == 0 ? 0 : correct / size,
                present == 0 ? 0 : f1Sum / present, perLabel, confusion, ece);
    }

    private static ModelCard.LabelScores scores(ConfusionMatrix<Label> matrix, Label label) {
        double tp = matrix.tp(label);
        double fp = matrix.fp(label);
        double fn = matrix.fn(label);
        double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ModelCard.LabelScores(precision, recall, f1, (int) (tp + fn));
    }

    private static ImmutableOutputInfo<Label> allLabels() {
        MutableOutputInfo<Label> info = new LabelFactory().generateInfo();
        for (AttributionLabel label : AttributionLabel.values()) {
            info.observe(new Label(label.name()));
        }
        return info.generateImmutableOutputInfo();
    }
}
