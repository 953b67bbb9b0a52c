package org.claimscorer.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCard;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;

/**
 * Measures a model on labelled claims with Tribuo's {@link LabelEvaluator}: accuracy, macro-F1,
 * per-label precision, recall and F1, and the confusion matrix over all seven labels. Macro-F1
 * averages over the labels that occur in the set or in the predictions.
 */
public final class ModelEvaluator {

    private final ExampleFactory examples;

    public ModelEvaluator(ExampleFactory examples) {
        this.examples = examples;
    }

    /** The model's quality on these claims. */
    public ModelCard.Evaluation evaluate(AttributionModel model, List<LabelledClaim> claims, String description) {
        LabelEvaluation evaluation = new LabelEvaluator().evaluate(model.tribuoModel(),
                examples.dataset(claims, description));
        Map<String, ModelCard.LabelScores> perLabel = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        double f1Sum = 0;
        int present = 0;
        for (AttributionLabel truth : AttributionLabel.values()) {
            Label label = new Label(truth.name());
            ModelCard.LabelScores scores = scores(evaluation, label);
            perLabel.put(truth.name(), scores);
            if (evaluation.tp(label) + evaluation.fp(label) + evaluation.fn(label) > 0) {
                f1Sum += scores.f1();
                present++;
            }
            // Tribuo's confusion(predicted, truth) takes the predicted label first.
            Map<String, Integer> row = new LinkedHashMap<>();
            for (AttributionLabel predicted : AttributionLabel.values()) {
                row.put(predicted.name(), (int) evaluation.getConfusionMatrix().confusion(new Label(predicted.name()), label));
            }
            confusion.put(truth.name(), row);
        }
        return new ModelCard.Evaluation(description, claims.size(), evaluation.accuracy(),
                present == 0 ? 0 : f1Sum / present, perLabel, confusion);
    }

    private static ModelCard.LabelScores scores(LabelEvaluation evaluation, Label label) {
        double tp = evaluation.tp(label);
        double fp = evaluation.fp(label);
        double fn = evaluation.fn(label);
        double precision = tp + fp == 0 ? 0 : tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ModelCard.LabelScores(precision, recall, f1, (int) (tp + fn));
    }
}
