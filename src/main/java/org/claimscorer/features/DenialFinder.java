package org.claimscorer.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds denials in one sentence and who issues them. A denial word counts only when it is aimed at a
 * claim ("denied the report", not "denied bail") and is not negated ("did not deny"). Immutable and
 * thread-safe.
 */
final class DenialFinder {

    /**
     * The denials of a sentence.
     *
     * @param found   denial words and phrases that are not negated, in text order (words first, then phrases)
     * @param negated whether some denial word was negated
     */
    record Denials(List<Marker> found, boolean negated) { }

    private static final Set<String> DENIAL_VERBS = Set.of("deny", "denies", "denied", "denying", "dismiss",
            "dismisses", "dismissed", "dismissing", "reject", "rejects", "rejected", "rejecting", "refute", "refutes",
            "refuted", "refuting", "dispute", "disputes", "disputed", "disputing", "rebut", "rebuts", "rebutted",
            "contest", "contested", "contests", "repudiate", "repudiated");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "nor", "neither", "no", "didn't",
            "hasn't", "haven't", "hadn't", "won't", "wouldn't", "doesn't", "don't", "declined", "refused", "without");
    /** Things one is "denied" that are refusals, not denials of a claim. */
    private static final Set<String> NOT_DENIED_THINGS = Set.of("bail", "entry", "access", "permission", "visa",
            "visas", "parole", "asylum", "funding", "treatment", "service", "admission", "boarding", "him", "her",
            "them", "a", "an");
    /** How far a negation may stand before the denial word ("did not immediately deny"). */
    private static final int NEGATION_REACH = 3;

    private final AttributionLexicon lexicon;
    private final CueFinder cues;
    private final SourceFinder finder;

    DenialFinder(AttributionLexicon lexicon, CueFinder cues, SourceFinder finder) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.finder = finder;
    }

    /** The denials of tokens {@code [from, to)}. */
    Denials denials(List<Token> tokens, int from, int to) {
        List<Marker> found = new ArrayList<>();
        boolean negated = false;
        for (int k = from; k < to; k++) {
            if (isDenialWord(tokens, from, to, k)) {
                if (negatedAt(tokens, from, k)) {
                    negated = true;
                } else {
                    found.add(new Marker(tokens.get(k).lower(), k, k + 1, Clauses.subordinate(tokens, from, k)));
                }
            }
        }
        for (PhraseMatcher.Match m : lexicon.denialPhrases().find(tokens, from, to)) {
            found.add(new Marker(m.phrase(), m.from(), m.to(), Clauses.subordinate(tokens, from, m.from())));
        }
        return new Denials(found, negated);
    }

    private boolean isDenialWord(List<Token> tokens, int from, int to, int k) {
        String w = tokens.get(k).lower();
        boolean strong = lexicon.isDenialWord("strong", w) && !deniedThing(tokens, k, to);
        boolean object = lexicon.isDenialWord("object", w) && aimsAtClaim(tokens, from, to, k);
        return strong || object;
    }

    /** Who denies: the subject of a denial verb, the owner of "X's denial", or the speaker of "X called it a hoax". */
    Attribution denier(List<Token> tokens, int from, int to, List<Marker> denials, List<Attribution> attributions) {
        for (Marker denial : denials) {
            int k = denial.from();
            Attribution own = DENIAL_VERBS.contains(tokens.get(k).lower())
                    ? subjectOfDenialVerb(tokens, from, to, k) : ownerOfDenialNoun(tokens, from, k);
            if (own != null) {
                return own;
            }
            for (Attribution a : attributions) {
                if (a.hasSource() && a.cueFrom() < k) {
                    return a;
                }
            }
        }
        return null;
    }

    private Attribution subjectOfDenialVerb(List<Token> tokens, int from, int to, int k) {
        Attribution agent = cues.verbAttribution(tokens, from, to, k, "deny");
        return agent.hasSource() ? agent : relativeAntecedent(tokens, from, k);
    }

    /** "the embassy's denial": the possessor of a denial noun. */
    private Attribution ownerOfDenialNoun(List<Token> tokens, int from, int k) {
        if (k > from && !tokens.get(k - 1).bare().equals(tokens.get(k - 1).lower())) {
            SourceRange owner = finder.leftPhrase(tokens, from, k - 1);
            if (owner.found()) {
                return cues.attribution(tokens, from, "deny", k, k + 1, owner, false);
            }
        }
        return null;
    }

    /** "X, who has denied ...": the X a relative pronoun before a denial verb stands for. */
    private Attribution relativeAntecedent(List<Token> tokens, int from, int k) {
        int left = CueFinder.beforeAuxiliaries(tokens, from, k);
        if (left - 1 <= from || !tokens.get(left).is("who") || !tokens.get(left - 1).is(",")) {
            return null;
        }
        SourceRange antecedent = finder.leftPhrase(tokens, from, left - 2);
        return antecedent.found() ? cues.attribution(tokens, from, "deny", k, k + 1, antecedent, false) : null;
    }

    private static boolean deniedThing(List<Token> tokens, int k, int to) {
        return tokens.get(k).lower().startsWith("denied") && k + 1 < to
                && NOT_DENIED_THINGS.contains(tokens.get(k + 1).lower());
    }

    /** Whether a weaker denial word ("dismissed") has a claim noun near it ("dismissed the reports as ..."). */
    private boolean aimsAtClaim(List<Token> tokens, int from, int to, int k) {
        for (int j = k + 1; j < Math.min(to, k + 9); j++) {
            if (lexicon.isDenialWord("claim-noun", tokens.get(j).bare()) || tokens.get(j).is("as") && j > k + 1) {
                return true;
            }
        }
        for (int j = Math.max(from, k - 4); j < k; j++) {
            if (lexicon.isDenialWord("claim-noun", tokens.get(j).bare())) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedAt(List<Token> tokens, int from, int k) {
        for (int j = Math.max(from, k - NEGATION_REACH); j < k; j++) {
            String w = tokens.get(j).lower();
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }
}
