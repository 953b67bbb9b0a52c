package org.claimscorer.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimscorer.claim.LabelledClaim;
import org.claimscorer.model.ModelCard;

/**
 * Two models measured on the same labelled set: the candidate and the current (served) one.
 *
 * @param set       name of the evaluation set
 * @param candidate the candidate's quality
 * @param current   the current model's quality
 */
record ModelComparison(String set, ModelCard.Evaluation candidate, ModelCard.Evaluation current) {

    /**
     * The claims two models are compared on: every record of {@code data} whose split is {@code split}
     * (all of them for "all"); records with no split field (an evaluation file) always count.
     */
    static EvaluationSet evaluationSet(TrainingSession session, Path data, String split) throws IOException, DataFileException {
        List<LabelledClaim> claims = session.reader.read(data).stream()
                .filter(c -> split.equals("all") || c.split() == null || c.split().equals(split)).toList();
        if (claims.isEmpty()) {
            throw new DataFileException(List.of(data + ": no records in split '" + split + "' to compare on"));
        }
        boolean filtered = !split.equals("all") && claims.stream().anyMatch(c -> c.split() != null);
        return new EvaluationSet(data + (filtered ? " (split " + split + ")" : ""), claims);
    }

    /** Whether the candidate's macro-F1 is lower than the current model's. */
    boolean candidateWorse() {
        return candidate.macroF1() < current.macroF1();
    }

    /** Candidate minus current F1, per label. */
    Map<String, Double> f1Deltas() {
        Map<String, Double> deltas = new LinkedHashMap<>();
        candidate.perLabel().forEach((label, s) -> deltas.put(label, s.f1() - current.perLabel().get(label).f1()));
        return deltas;
    }

    /** The comparison as a readable table. */
    String table(String candidateVersion, String currentVersion) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %d examples%n%-18s %24s %24s %8s%n",
                set, candidate.examples(), "", candidateVersion, currentVersion, "delta"));
        out.append(row("accuracy", candidate.accuracy(), current.accuracy()));
        out.append(row("macro-F1", candidate.macroF1(), current.macroF1()));
        candidate.perLabel().forEach((label, s) -> out.append(row("F1 " + label, s.f1(), current.perLabel().get(label).f1())));
        return out.toString();
    }

    private static String row(String name, double candidate, double current) {
        return String.format(Locale.ROOT, "%-18s %24.3f %24.3f %+8.3f%n", name, candidate, current, candidate - current);
    }
}
