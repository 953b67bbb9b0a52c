package org.claimscorer.training;

import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.provenance.TrainerProvenance;

/**
 * The trainer's hyperparameters as Tribuo's provenance recorded them, restricted to a whitelist of
 * fields that describe the learning problem (no host names, paths, logging or internal fields).
 * Nested objects (optimiser, objective, solver type) appear under their simple class name, with their
 * whitelisted fields as {@code optimiser.initialLearningRate}. Stateless.
 */
final class HyperparameterWhitelist {

    static final List<String> FIELDS = List.of("trainerType", "cost", "terminationCriterion", "maxIterations",
            "objective", "optimiser", "epochs", "minibatchSize", "shuffle", "seed");
    static final List<String> NESTED_FIELDS = List.of("type", "initialLearningRate", "epsilon");

    /** The whitelisted hyperparameters of the trainer that built this model, trainer class first. */
    Map<String, String> of(Model<?> model) {
        TrainerProvenance trainer = model.getProvenance().getTrainerProvenance();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("trainer", simpleName(trainer.getClassName()));
        Map<String, Provenance> configured = trainer.getConfiguredParameters();
        for (String field : FIELDS) {
            Provenance value = configured.get(field);
            if (value instanceof ObjectProvenance nested) {
                values.put(field, simpleName(nested.getClassName()));
                nested.forEach(p -> {
                    if (NESTED_FIELDS.contains(p.getA())) {
                        values.put(field + "." + p.getA(), p.getB().toString());
                    }
                });
            } else if (value != null) {
                values.put(field, value.toString());
            }
        }
        Provenance articleWeight = model.getProvenance().getInstanceProvenance().getMap().get(ModelTraining.ARTICLE_WEIGHT_KEY);
        if (articleWeight != null) {
            values.put("articleWeight", articleWeight.toString());
        }
        Provenance minWordCount = model.getProvenance().getInstanceProvenance().getMap().get(ModelTraining.MIN_WORD_COUNT_KEY);
        if (minWordCount != null) {
            values.put("minWordCount", minWordCount.toString());
        }
        return values;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
