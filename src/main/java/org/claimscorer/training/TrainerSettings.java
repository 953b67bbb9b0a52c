package org.claimscorer.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * A trainer chosen by name with its hyperparameters. Both trainers give probabilities.
 *
 * @param name    "liblinear-lr" (L2-regularised logistic regression, LibLinear) or "sgd-lr"
 *                (logistic regression by AdaGrad SGD)
 * @param cost    LibLinear's C: inverse regularisation strength
 * @param epsilon LibLinear's stopping tolerance
 * @param epochs  SGD epochs
 */
public record TrainerSettings(String name, double cost, double epsilon, int epochs) {

    /** The default: LibLinear logistic regression with C = 1. */
    public static final TrainerSettings DEFAULT = new TrainerSettings("liblinear-lr", 1.0, 0.01, 10);

    /** The Tribuo trainer these settings describe, seeded for reproducible runs. */
    public Trainer<Label> trainer(long seed) {
        return switch (name) {
            case "liblinear-lr" -> new LibLinearClassificationTrainer(
                    new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), cost, 1000, epsilon, seed);
            case "sgd-lr" -> sgd(seed);
            default -> throw new IllegalArgumentException("unknown trainer '" + name + "': use liblinear-lr or sgd-lr");
        };
    }

    /** The hyperparameters that matter for this trainer, for the model card. */
    public Map<String, String> hyperparameters(long seed) {
        Map<String, String> values = new LinkedHashMap<>();
        if (name.equals("liblinear-lr")) {
            values.put("solver", "L2R_LR");
            values.put("cost", String.valueOf(cost));
            values.put("epsilon", String.valueOf(epsilon));
        } else {
            values.put("optimiser", "AdaGrad");
            values.put("epochs", String.valueOf(epochs));
        }
        values.put("seed", String.valueOf(seed));
        return values;
    }

    private Trainer<Label> sgd(long seed) {
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), epochs, 1000, 1, seed);
    }
}
