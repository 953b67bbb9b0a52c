package org.claimscorer.training;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * A trainer chosen by name with its hyperparameters, from built-in defaults or a settings file
 * ({@code training/trainers/*.properties}). Both trainers give probabilities.
 *
 * @param name         "liblinear-lr" (L2-regularised logistic regression, LibLinear) or "sgd-lr"
 *                     (logistic regression by AdaGrad SGD)
 * @param cost         LibLinear's C: inverse regularisation strength
 * @param epsilon      LibLinear's stopping tolerance
 * @param epochs       SGD epochs
 * @param learningRate AdaGrad's initial learning rate
 * @param articleWeight how many times a sentence of a whole labelled article counts in training,
 *                     relative to a claim written alone (at least 1): the service is sent whole
 *                     articles' sentences, and weighting them 3x raised accuracy on held-out long-form
 *                     articles (training/README.md), chosen without the seed evaluation set
 * @param minWordCount the fewest training claims a word unigram ({@code w=}) must occur in to be
 *                     learnt (at least 1, 1 keeps every word): rarer words are mostly topic words of one
 *                     story, which a model should not take for evidence of attribution; 3 helped on both
 *                     development article sets and in cross-validation (training/README.md)
 */
public record TrainerSettings(String name, double cost, double epsilon, int epochs, double learningRate,
                              int articleWeight, int minWordCount) {

    /** The trainer names. */
    public static final Set<String> NAMES = Set.of("liblinear-lr", "sgd-lr");
    /** The default: LibLinear logistic regression with C = 1. */
    public static final TrainerSettings DEFAULT = new TrainerSettings("liblinear-lr", 1.0, 0.01, 10, 0.5, 3, 3);

    public TrainerSettings {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown trainer '" + name + "': use liblinear-lr or sgd-lr");
        }
        if (minWordCount < 1) {
            throw new IllegalArgumentException("'min-word-count' must be at least 1, was " + minWordCount);
        }
        if (articleWeight < 1) {
            throw new IllegalArgumentException("'article-weight' must be at least 1, was " + articleWeight);
        }
    }

    /** The built-in settings of a trainer. */
    public static TrainerSettings named(String name) {
        return new TrainerSettings(name, DEFAULT.cost, DEFAULT.epsilon, DEFAULT.epochs, DEFAULT.learningRate,
                DEFAULT.articleWeight, DEFAULT.minWordCount);
    }

    /**
     * Settings from a properties file: {@code trainer} (required), then any of {@code cost}, {@code epsilon},
     * {@code epochs}, {@code learning-rate}, {@code article-weight}, {@code min-word-count}; the rest keep their
     * defaults.
     */
    public static TrainerSettings load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String trainer = p.getProperty("trainer");
        if (trainer == null) {
            throw new IOException(file + ": no 'trainer' property (liblinear-lr or sgd-lr)");
        }
        try {
            return new TrainerSettings(trainer.trim(), number(p, "cost", DEFAULT.cost), number(p, "epsilon", DEFAULT.epsilon),
                    (int) number(p, "epochs", DEFAULT.epochs), number(p, "learning-rate", DEFAULT.learningRate),
                    (int) number(p, "article-weight", DEFAULT.articleWeight),
                    (int) number(p, "min-word-count", DEFAULT.minWordCount));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The same settings with another cost or epoch count where given (null keeps the current value). */
    public TrainerSettings with(Double newCost, Integer newEpochs) {
        return new TrainerSettings(name, newCost == null ? cost : newCost, epsilon,
                newEpochs == null ? epochs : newEpochs, learningRate, articleWeight, minWordCount);
    }

    /**
     * The Tribuo trainer these settings describe, seeded for reproducible runs. SGD logs its average
     * loss every {@code examplesPerEpoch} examples: once an epoch.
     */
    public Trainer<Label> trainer(long seed, int examplesPerEpoch) {
        if (name.equals("liblinear-lr")) {
            return new LibLinearClassificationTrainer(
                    new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), cost, 1000, epsilon, seed);
        }
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate, 0.1), epochs,
                Math.max(1, examplesPerEpoch), 1, seed);
    }

    /** What shapes a model trained with these settings, for its version fingerprint. */
    public Map<String, String> hyperparameters(long seed) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("trainer", name);
        if (name.equals("liblinear-lr")) {
            values.put("cost", String.valueOf(cost));
            values.put("epsilon", String.valueOf(epsilon));
        } else {
            values.put("epochs", String.valueOf(epochs));
            values.put("learning-rate", String.valueOf(learningRate));
        }
        values.put("article-weight", String.valueOf(articleWeight));
        values.put("min-word-count", String.valueOf(minWordCount));
        values.put("seed", String.valueOf(seed));
        return values;
    }

    private static double number(Properties p, String key, double fallback) {
        String value = p.getProperty(key);
        try {
            return value == null ? fallback : Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + key + "' is not a number: '" + value + "'", e);
        }
    }
}
