package org.claimscorer.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.model.ModelCard;

/**
 * What a caller may know about the serving model: identity, labels, weights, feature set, training
 * data and headline metrics, from the model and its card. Never file paths or host details.
 *
 * @param name              model name
 * @param version           model version
 * @param labels            the labels it predicts
 * @param strengthWeights   the configured weight of each label
 * @param trainedAt         ISO-8601 training time
 * @param featureSetVersion feature set it was trained with
 * @param trainer           trainer name
 * @param trainingData      hash and counts of the training data
 * @param metrics           accuracy and macro-F1 per evaluation set
 */
public record ModelDescription(String name, String version, List<AttributionLabel> labels,
                               Map<AttributionLabel, Double> strengthWeights, String trainedAt,
                               String featureSetVersion, String trainer, TrainingData trainingData,
                               Map<String, Headline> metrics) {

    /**
     * The data a model was trained on.
     *
     * @param sha256 SHA-256 of the data files
     * @param counts examples per split, then per label
     */
    public record TrainingData(String sha256, Map<String, Map<String, Integer>> counts) { }

    /**
     * Headline figures on one evaluation set.
     *
     * @param description what the set is
     * @param examples    its size
     * @param accuracy    share of exact labels
     * @param macroF1     mean per-label F1
     */
    public record Headline(String description, int examples, double accuracy, double macroF1) { }

    static ModelDescription of(LoadedModel loaded, StrengthWeights weights) {
        ModelCard card = loaded.card();
        Map<String, Headline> metrics = new LinkedHashMap<>();
        card.metrics().forEach((set, e) -> metrics.put(set,
                new Headline(e.description(), e.examples(), e.accuracy(), e.macroF1())));
        return new ModelDescription(loaded.model().name(), loaded.model().version(), List.of(AttributionLabel.values()),
                weights.asMap(), card.trainedAt(), loaded.model().featureSetVersion(), card.trainer().name(),
                new TrainingData(card.data().sha256(), card.data().counts()), metrics);
    }
}
