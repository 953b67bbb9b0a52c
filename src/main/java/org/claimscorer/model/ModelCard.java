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
 * @param trainerComparison every trainer tried on the same data, keyed by trainer name, the served one
 *                          included; empty (never null) when no comparison was run
 */
public record ModelCard(String name, String version, String trainedAt, String featureSetVersion, String tribuoVersion,
                        Trainer trainer, Data data, Map<String, Evaluation> metrics, Map<String, Evaluation> baseline,
                        Map<String, TrainerRun> trainerComparison) {

    public ModelCard {
        trainerComparison = trainerComparison == null ? Map.of() : trainerComparison;
    }

    /** A card without a trainer comparison. */
    public ModelCard(String name, String version, String trainedAt, String featureSetVersion, String tribuoVersion,
                     Trainer trainer, Data data, Map<String, Evaluation> metrics, Map<String, Evaluation> baseline) {
        this(name, version, trainedAt, featureSetVersion, tribuoVersion, trainer, data, metrics, baseline, Map.of());
    }

    /**
     * One trainer's result in the comparison.
     *
     * @param hyperparameters whitelisted hyperparameters from the trainer's Tribuo provenance
     * @param accuracy        accuracy per evaluation set
     * @param macroF1         macro-F1 per evaluation set
     */
    public record TrainerRun(Map<String, String> hyperparameters, Map<String, Double> accuracy,
                             Map<String, Double> macroF1) { }

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
     * @param expectedCalibrationError ECE over 10 equal-width bins of the top label's probability, in [0, 1];
     *                    null where there are no probabilities (the rules-only baseline) or for older cards
     */
    public record Evaluation(String description, int examples, double accuracy, double macroF1,
                             Map<String, LabelScores> perLabel, Map<String, Map<String, Integer>> confusion,
                             Double expectedCalibrationError) {

        /** An evaluation without a calibration figure. */
        public Evaluation(String description, int examples, double accuracy, double macroF1,
                          Map<String, LabelScores> perLabel, Map<String, Map<String, Integer>> confusion) {
            this(description, examples, accuracy, macroF1, perLabel, confusion, null);
        }
    }

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
