package org.claimscorer.features;

import java.util.List;
import java.util.Set;

/**
 * Clause structure inside one sentence: whether a token sits in a subordinate clause (so a cue or hedge
 * there does not carry the sentence) and where a reported clause opens. Stateless and thread-safe.
 */
final class Clauses {

    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "although", "though",
            "despite", "whereas", "unless");
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("after", "before", "because", "since", "when",
            "while", "once", "if", "although", "though", "despite", "whereas", "unless", "until");

    private Clauses() {
    }

    /** Whether token k sits in a relative, concessive or adverbial clause of the sentence starting at from. */
    static boolean subordinate(List<Token> tokens, int from, int k) {
        if (k > from && ADVERBIAL_OPENERS.contains(tokens.get(k - 1).lower())) {
            // "... until engineers had assessed the structure": the opener need not follow a comma.
            return true;
        }
        for (int j = k - 1; j >= from; j--) {
            Token t = tokens.get(j);
            if (RELATIVES.contains(t.lower()) && !closedSubjectRelative(tokens, from, j, k)) {
                return true;
            }
            if (isClauseBreak(t)) {
                return j + 1 < k && ADVERBIAL_OPENERS.contains(tokens.get(j + 1).lower());
            }
        }
        return ADVERBIAL_OPENERS.contains(tokens.get(from).lower()) && from < k;
    }

    /**
     * The position {@code k} lies after a restrictive relative clause on the subject that has its own
     * verb ("Experts who examined the data said ..."), so it belongs to the main clause again.
     */
    static boolean closedSubjectRelative(List<Token> tokens, int from, int who, int k) {
        return tokens.get(who).is("who") && who > from && tokens.get(who - 1).word()
                && k - who > 2 && !MentionParts.DETERMINERS.contains(tokens.get(who + 1).lower());
    }

    private static boolean isClauseBreak(Token t) {
        return t.is(",") || t.is(";") || t.is("(") || t.is("\u2014") || t.kind() == Token.Kind.QUOTE;
    }

    /** Whether a token is "that" or ":", which open a reported clause; rule 2 chains hang on them. */
    static boolean isComplementizer(Token token) {
        return token.is("that") || token.is(":");
    }
}
