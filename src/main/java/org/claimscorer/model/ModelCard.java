package org.claimscorer.model;

import java.util.Map;

/**
 * What a person or a service needs to know about a trained model, written beside it as JSON (for
 * machines) and Markdown (for people): identity, feature set, trainer and hyperparameters, the
 * data it saw and its measured quality. Holds no file paths or host details.
 *
 * @param name              model name
 * @param version           model version
 * @param trainedAt         ISO-8601 training time
 * @param featureSetVersion feature-set version the model was trained with
 * @param tribuoVersion     Tribuo version that trained it
 * @param trainer           trainer name and whitelisted hyperparameters
 * @param data              training data hash and counts
 * @param metrics           quality per evaluation set, keyed by set name ("test", "seed-claims")
 * @param baseline          quality of the rules-only baseline on the same sets, empty when not measured
 */
public record ModelCard(String name, String version, String trainedAt, String featureSetVersion, String tribuoVersion,
                        Trainer trainer, Data data, Map<String, Evaluation> metrics, Map<String, Evaluation> baseline) {

    /**
     * The trainer.
     *
     * @param name            trainer name as given to the training command ("liblinear-lr")
     * @param hyperparameters hyperparameters by name
     */
    public record Trainer(String name, Map<String, String> hyperparameters) { }

    /**
     * The labelled data.
     *
     * @param sha256 SHA-256 over the data files' bytes, in name order
     * @param counts examples per split, then per label
     */
    public record Data(String sha256, Map<String, Map<String, Integer>> counts) { }

    /**
     * Quality on one labelled set.
     *
     * @param description what the set is
     * @param examples    how many examples it has
     * @param accuracy    share of exact labels
     * @param macroF1     unweighted mean of the per-label F1 scores
     * @param perLabel    precision, recall, F1 and support per label
     * @param confusion   counts by true label, then predicted label
     */
    public record Evaluation(String description, int examples, double accuracy, double macroF1,
                             Map<String, LabelScores> perLabel, Map<String, Map<String, Integer>> confusion) { }

    /**
     * Scores for one label.
     *
     * @param precision share of predictions of the label that were right
     * @param recall    share of the label's examples found
     * @param f1        harmonic mean of precision and recall
     * @param support   how many examples carry the label
     */
    public record LabelScores(double precision, double recall, double f1, int support) { }
}
