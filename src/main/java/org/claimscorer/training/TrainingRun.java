package org.claimscorer.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCard;
import org.claimscorer.model.ModelRejectedException;

/**
 * One training data set and its evaluation sets, on which trainers (and the rules-only baseline) are
 * trained and measured alike, printing each result as it comes.
 */
final class TrainingRun {

    /** A trained model and its quality per evaluation set. */
    record Result(AttributionModel model, Map<String, ModelCard.Evaluation> metrics) { }

    private final TrainingSession session;
    private final List<LabelledClaim> train;
    private final Map<String, EvaluationSet> sets;
    private final long seed;

    TrainingRun(TrainingSession session, List<LabelledClaim> train, Map<String, EvaluationSet> sets, long seed) {
        this.session = session;
        this.train = train;
        this.sets = sets;
        this.seed = seed;
    }

    /** Trains with these settings and measures the model on every set. */
    Result run(TrainerSettings settings, String name, String version, String dataDescription) throws ModelRejectedException {
        System.out.printf(Locale.ROOT, "training %s on %d examples (seed %d)%n", settings.name(), train.size(), seed);
        AttributionModel model = new ModelTraining(session.examples).train(train, settings, seed, name, version, dataDescription);
        ModelEvaluator evaluator = new ModelEvaluator(session.examples);
        Map<String, ModelCard.Evaluation> metrics = new LinkedHashMap<>();
        sets.forEach((set, data) -> metrics.put(set, evaluator.evaluate(model, data.claims(), data.description())));
        print(settings.name(), metrics);
        return new Result(model, metrics);
    }

    /** The rules-only baseline on every set. */
    Map<String, ModelCard.Evaluation> baseline() {
        RulesBaseline rules = new RulesBaseline(session.extractor);
        ModelEvaluator evaluator = new ModelEvaluator(session.examples);
        Map<String, ModelCard.Evaluation> metrics = new LinkedHashMap<>();
        sets.forEach((set, data) -> metrics.put(set, evaluator.evaluate(rules, data.claims(),
                "rules-only baseline on " + data.description())));
        print("rules-only baseline", metrics);
        return metrics;
    }

    /** A trainer's line in the card's comparison. */
    static ModelCard.TrainerRun comparison(Result result) {
        Map<String, Double> accuracy = new LinkedHashMap<>();
        Map<String, Double> macroF1 = new LinkedHashMap<>();
        result.metrics().forEach((set, e) -> {
            accuracy.put(set, e.accuracy());
            macroF1.put(set, e.macroF1());
        });
        return new ModelCard.TrainerRun(new HyperparameterWhitelist().of(result.model().tribuoModel()), accuracy, macroF1);
    }

    private static void print(String who, Map<String, ModelCard.Evaluation> metrics) {
        metrics.forEach((set, e) -> {
            System.out.printf(Locale.ROOT, "  %-20s %-12s n=%-5d accuracy=%.3f macro-F1=%.3f%s%n", who, set, e.examples(),
                    e.accuracy(), e.macroF1(), e.expectedCalibrationError() == null ? ""
                            : String.format(Locale.ROOT, " ECE=%.3f", e.expectedCalibrationError()));
            StringBuilder f1 = new StringBuilder(String.format(Locale.ROOT, "  %-20s %-12s F1", "", ""));
            e.perLabel().forEach((label, s) -> f1.append(String.format(Locale.ROOT, " %s=%.3f", label, s.f1())));
            System.out.println(f1);
        });
    }
}
