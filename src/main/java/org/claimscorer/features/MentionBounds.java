package org.claimscorer.features;

import java.util.List;

/**
 * Chooses which tokens of a phrase to type as the source: the strongest conjunct of a coordinated
 * mention (rule 3 of the guide), or the noun phrase opening a sentence, which later pronouns may stand
 * for. Immutable and thread-safe.
 */
final class MentionBounds {

    /** How many words of a sentence's opening noun phrase are read. */
    private static final int MAX_SUBJECT = 8;
    /** How many tokens an appositive after the opening phrase may have. */
    private static final int MAX_APPOSITIVE = 10;

    private final AttributionLexicon lexicon;
    private final SourceTyper typer;

    MentionBounds(AttributionLexicon lexicon, SourceTyper typer) {
        this.lexicon = lexicon;
        this.typer = typer;
    }

    /**
     * The type of the noun phrase opening a sentence, with lower-case titles inside it and an appositive
     * after it ("Skyward chief executive Monica Hale", "Irena Kovach, the commission's deputy chair,"),
     * for pronouns.
     */
    SourceType subjectType(List<Token> tokens, int from, int to) {
        if (from + 1 < to && MentionParts.CONNECTIVES.contains(tokens.get(from).lower())) {
            // "But she rejected ...": the subject follows the connective.
            from++;
        }
        int end = from;
        while (end < to && end - from < MAX_SUBJECT && opensSubject(tokens, from, end)) {
            end++;
        }
        return end == from ? SourceType.UNKNOWN : typer.type(tokens, from, withAppositive(tokens, end, to)).type();
    }

    private boolean opensSubject(List<Token> tokens, int from, int k) {
        Token t = tokens.get(k);
        boolean afterArticle = k > from && MentionParts.DETERMINERS.contains(tokens.get(k - 1).lower());
        return t.word() && (t.capitalised() || MentionParts.DETERMINERS.contains(t.lower()) || afterArticle
                || k > from && lexicon.isSource("official-title", t.bare()));
    }

    /** The end of an appositive closed by a second comma right after the opening phrase, else {@code end}. */
    private static int withAppositive(List<Token> tokens, int end, int to) {
        if (end >= to || !tokens.get(end).is(",")) {
            return end;
        }
        for (int k = end + 1; k < to && k - end <= MAX_APPOSITIVE; k++) {
            if (tokens.get(k).is(",")) {
                return k;
            }
            if (!tokens.get(k).word() && tokens.get(k).kind() != Token.Kind.NUMBER) {
                return end;
            }
        }
        return end;
    }

    /**
     * The strongest conjunct {@code {from, to}} of a coordinated mention ("the minister and analysts").
     * Proper names joined by "and" ("Kyiv and Seoul") stay one mention; an appositive after the first
     * comma stays with the last conjunct.
     */
    int[] strongestConjunct(List<Token> tokens, int from, int to) {
        int[] best = {from, to};
        int start = from;
        int bestRank = -1;
        int coreEnd = MentionParts.indexOf(tokens, ",", from, to);
        for (int k = from; k <= coreEnd; k++) {
            boolean split = k == coreEnd || splitsConjuncts(tokens, from, to, k);
            if (split && k == coreEnd) {
                k = to;
            }
            if (split && k > start) {
                int rank = typer.type(tokens, start, k).type().rank();
                if (rank > bestRank) {
                    bestRank = rank;
                    best = new int[] {start, k};
                }
                start = k + 1;
            }
        }
        return best;
    }

    private static boolean splitsConjuncts(List<Token> tokens, int from, int to, int k) {
        return tokens.get(k).is("and") && k > from && k + 1 < to
                && !(tokens.get(k - 1).capitalised() && tokens.get(k + 1).capitalised());
    }
}
