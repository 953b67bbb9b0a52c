package org.claimscorer.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.model.ModelCard;
import org.claimscorer.scoring.LoadedModel;
import org.claimscorer.scoring.StrengthWeights;

/**
 * What a caller may know about the serving model: identity, labels, weights, feature set, training
 * data and headline metrics. Never file paths or host details.
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
public record ModelInfo(String name, String version, List<AttributionLabel> labels,
                        Map<AttributionLabel, Double> strengthWeights, String trainedAt, String featureSetVersion,
                        String trainer, ModelCard.Data trainingData, Map<String, Headline> metrics) {

    /**
     * Headline figures on one evaluation set.
     *
     * @param description what the set is
     * @param examples    its size
     * @param accuracy    share of exact labels
     * @param macroF1     mean per-label F1
     */
    public record Headline(String description, int examples, double accuracy, double macroF1) { }

    static ModelInfo of(LoadedModel loaded, StrengthWeights weights) {
        ModelCard card = loaded.card();
        Map<String, Headline> metrics = new LinkedHashMap<>();
        card.metrics().forEach((set, e) -> metrics.put(set,
                new Headline(e.description(), e.examples(), e.accuracy(), e.macroF1())));
        return new ModelInfo(loaded.model().name(), loaded.model().version(), List.of(AttributionLabel.values()),
                weights.asMap(), card.trainedAt(), loaded.model().featureSetVersion(), card.trainer().name(),
                card.data(), metrics);
    }
}
