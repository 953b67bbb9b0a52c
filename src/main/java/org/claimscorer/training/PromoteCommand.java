package org.claimscorer.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimscorer.model.AttributionModel;
import org.claimscorer.model.ModelCard;
import org.claimscorer.model.ModelCards;
import org.claimscorer.model.ModelFiles;
import org.claimscorer.model.ModelRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code promote}: installs a candidate as the served model ({@code claim-scorer.model.path}) when it is
 * not worse on macro-F1 than the served one on the same set, or when forced; see {@link ModelPromotion}
 * for how the files are replaced. Exit 1 when refused.
 */
@Command(name = "promote", mixinStandardHelpOptions = true,
        description = "Install a candidate as the served model unless it is worse on macro-F1 (or --force).")
final class PromoteCommand implements Callable<Integer> {

    @Option(names = "--candidate", required = true, description = "candidate model file (its card beside it)")
    Path candidate;
    @Option(names = "--served", defaultValue = "models/attribution.tribuo",
            description = "the served model path, claim-scorer.model.path (default: ${DEFAULT-VALUE})")
    Path served;
    @Option(names = "--data", defaultValue = "training/data", description = "labelled file or folder to compare on (default: ${DEFAULT-VALUE})")
    Path data;
    @Option(names = "--split", defaultValue = "test", description = "split to compare on, or 'all' (default: ${DEFAULT-VALUE})")
    String split;
    @Option(names = "--force", description = "promote even if the candidate is worse or the served model cannot be read")
    boolean force;

    @Override
    public Integer call() {
        TrainingSession session = new TrainingSession();
        try {
            ModelFiles files = new ModelFiles(session.extractor.version());
            AttributionModel model = files.read(candidate);
            if (Files.exists(served) && Files.isSameFile(candidate, served)) {
                throw new IOException("the candidate is the served model itself: " + served);
            }
            new ModelCards().readFor(model, candidate);
            EvaluationSet set = ModelComparison.evaluationSet(session, data, split);
            ModelComparison comparison = comparison(session, files, model, set);
            if (comparison != null && comparison.candidateWorse() && !force) {
                System.err.printf(Locale.ROOT, "refused: candidate %s has macro-F1 %.3f, below the served model's %.3f on %s; "
                        + "use --force to promote anyway%n", model.version(), comparison.candidate().macroF1(),
                        comparison.current().macroF1(), set.description());
                return 1;
            }
            String previous = Files.exists(served) ? previousVersion(files) : null;
            new ModelPromotion().install(candidate, served);
            new ModelPromotion().log(served, entry(model, previous, comparison, session, set));
            System.out.println("promoted " + model.name() + " " + model.version() + " to " + served
                    + (previous == null ? "" : " (was " + previous + ")") + (force ? " [forced]" : ""));
            return 0;
        } catch (DataFileException | ModelRejectedException | IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** The comparison with the served model; null when there is none, or it is unreadable and --force is given. */
    private ModelComparison comparison(TrainingSession session, ModelFiles files, AttributionModel model, EvaluationSet set)
            throws ModelRejectedException {
        if (!Files.exists(served)) {
            return null;
        }
        try {
            ModelComparison comparison = CompareCommand.compare(session, model, files.read(served), set);
            System.out.print(comparison.table(model.version(), "served model"));
            return comparison;
        } catch (ModelRejectedException e) {
            if (!force) {
                throw new ModelRejectedException("cannot compare with the served model (" + e.getMessage()
                        + "); use --force to replace it anyway", e);
            }
            return null;
        }
    }

    private String previousVersion(ModelFiles files) {
        try {
            return files.read(served).version();
        } catch (ModelRejectedException e) {
            return "unreadable";
        }
    }

    private Map<String, Object> entry(AttributionModel model, String previous, ModelComparison comparison,
                                      TrainingSession session, EvaluationSet set) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("promotedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        entry.put("name", model.name());
        entry.put("version", model.version());
        entry.put("previousVersion", previous);
        entry.put("evaluatedOn", set.description());
        ModelCard.Evaluation figures = comparison == null
                ? new ModelEvaluator(session.examples).evaluate(model, set.claims(), set.description()) : comparison.candidate();
        entry.put("examples", figures.examples());
        entry.put("macroF1", figures.macroF1());
        entry.put("accuracy", figures.accuracy());
        entry.put("previousMacroF1", comparison == null ? null : comparison.current().macroF1());
        entry.put("previousAccuracy", comparison == null ? null : comparison.current().accuracy());
        entry.put("forced", force);
        return entry;
    }
}
