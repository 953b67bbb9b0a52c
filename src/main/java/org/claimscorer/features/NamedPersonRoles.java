package org.claimscorer.features;

import java.util.List;
import java.util.Set;

/**
 * Gives a named person their role from the words around the name: a title ("Interior Minister Lena
 * Voss") or appositive ("Ana Lima, a professor") makes a named official or expert, "former" makes an
 * expert (rule 4: a former official speaks without office). Immutable and thread-safe.
 */
final class NamedPersonRoles {

    /** "Rehn, who has urged the bank to act": a relative clause describes, it names no role. */
    private static final Set<String> RELATIVE_OPENERS = Set.of("who", "whose", "which", "whom");
    /** "Dr Helena Voss, of Kingsmere University": an affiliation, not what the named party is. */
    private static final Set<String> AFFILIATIONS = Set.of("of", "from", "at", "with");

    private final AttributionLexicon lexicon;

    NamedPersonRoles(AttributionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The type of the named-person mention {@code [from, to)}. */
    SourceType type(List<Token> tokens, int from, int to, boolean former) {
        if (former || isFormer(tokens, from, to)) {
            return SourceType.NAMED_EXPERT;
        }
        SourceType appositive = appositiveRole(tokens, from, to);
        if (appositive != SourceType.UNKNOWN) {
            return appositive;
        }
        if (anyTitle(tokens, from, to, "official-title")) {
            return SourceType.NAMED_OFFICIAL;
        }
        return anyTitle(tokens, from, to, "expert-title") ? SourceType.NAMED_EXPERT : SourceType.NAMED_PERSON;
    }

    private static boolean isFormer(List<Token> tokens, int from, int to) {
        return MentionParts.any(tokens, from, to, "former") || MentionParts.any(tokens, from, to, "retired")
                || MentionParts.any(tokens, from, to, "ex");
    }

    /** The role named by the head of the appositive after the first comma, else UNKNOWN. */
    private SourceType appositiveRole(List<Token> tokens, int from, int to) {
        int comma = MentionParts.indexOf(tokens, ",", from, to);
        if (comma >= to) {
            return SourceType.UNKNOWN;
        }
        if (comma + 1 < to && (RELATIVE_OPENERS.contains(tokens.get(comma + 1).lower())
                || AFFILIATIONS.contains(tokens.get(comma + 1).lower()) || participle(tokens.get(comma + 1)))) {
            return SourceType.UNKNOWN;
        }
        int appositiveHead = MentionParts.lastWord(tokens, comma + 1, MentionParts.headEnd(tokens, comma + 1, to));
        String role = appositiveHead < 0 ? "" : tokens.get(appositiveHead).bare();
        if (lexicon.isSource("expert-title", role) || occupation(role)) {
            return SourceType.NAMED_EXPERT;
        }
        if (lexicon.isSource("org-noun", role)) {
            // "BusinessKellan, the bloc's main industry lobby": the name is an organisation's.
            return SourceType.ORGANISATION;
        }
        return lexicon.isSource("official-title", role) ? SourceType.NAMED_OFFICIAL : SourceType.UNKNOWN;
    }

    /**
     * "Callan, asked about the striker, said": a participial clause says what happened to the person; the
     * nouns in it ("striker") are not their role.
     */
    private static boolean participle(Token first) {
        String w = first.lower();
        return first.word() && !first.capitalised() && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
    }

    /** "a seismologist", "a statistician": unlisted professions named by their suffix speak as experts. */
    private static boolean occupation(String role) {
        return role.length() > 5 && (role.endsWith("ist") || role.endsWith("ian"));
    }

    private boolean anyTitle(List<Token> tokens, int from, int to, String category) {
        for (int k = from; k < to; k++) {
            if (lexicon.isSource(category, tokens.get(k).bare())) {
                return true;
            }
        }
        return false;
    }
}
