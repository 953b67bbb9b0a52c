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

    private final SourceTyper typer;

    MentionBounds(SourceTyper typer) {
        this.typer = typer;
    }

    /** The type of the noun phrase opening a sentence ("Interior Minister Lena Voss spoke ..."), for pronouns. */
    SourceType subjectType(List<Token> tokens, int from, int to) {
        int end = from;
        while (end < to && end - from < MAX_SUBJECT && opensSubject(tokens, from, end)) {
            end++;
        }
        return end == from ? SourceType.UNKNOWN : typer.type(tokens, from, end).type();
    }

    private static boolean opensSubject(List<Token> tokens, int from, int k) {
        Token t = tokens.get(k);
        boolean afterArticle = k > from && MentionParts.DETERMINERS.contains(tokens.get(k - 1).lower());
        return t.word() && (t.capitalised() || MentionParts.DETERMINERS.contains(t.lower()) || afterArticle);
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
