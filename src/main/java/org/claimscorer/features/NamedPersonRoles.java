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

    /** Titles of people who act for someone else; whether they speak for a client depends on the words around them. */
    private static final Set<String> ADVOCATES = Set.of("lawyer", "attorney", "solicitor", "barrister");
    /** Words that tie an advocate to a client or an office ("lawyer for", "representing", "defence attorney"). */
    private static final Set<String> CLIENT_MARKERS = Set.of("for", "representing", "represents", "represented",
            "defence", "defense", "trial", "district", "prosecuting", "crown", "acting", "assistant", "general",
            "u.s.", "state", "county", "city", "chief", "his", "her", "their", "its", "whose");
    /** "not involved in the case": words after "not" that set a commentator apart from the parties. */
    private static final Set<String> UNINVOLVED = Set.of("involved", "connected", "affiliated", "associated");

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
        if (appositive == SourceType.UNKNOWN && anyTitle(tokens, from, to, "official-title")) {
            appositive = SourceType.NAMED_OFFICIAL;
        }
        if (appositive == SourceType.NAMED_OFFICIAL && (independentAdvocate(tokens, from, to) || analyst(tokens, from, to))) {
            return SourceType.NAMED_EXPERT;
        }
        if (appositive != SourceType.UNKNOWN) {
            return appositive;
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

    /**
     * "Sports lawyer Fiona McAllister", "a competition lawyer who is not involved in the case": a lawyer
     * named by their field, or said to be uninvolved, comments as an expert; one who acts for a client
     * ("her lawyer", "a lawyer for the family", "defence attorney") speaks for that client.
     */
    private boolean independentAdvocate(List<Token> tokens, int from, int to) {
        int title = -1;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is("not") && k + 1 < to && UNINVOLVED.contains(tokens.get(k + 1).lower())) {
                return true;
            }
            if (title < 0 && ADVOCATES.contains(t.bare())) {
                title = k;
            }
            if (CLIENT_MARKERS.contains(t.lower()) || !t.bare().equals(t.lower())) {
                return false;
            }
        }
        return title > from && fieldModifier(tokens.get(title - 1), title - 1 == from);
    }

    /** "sports", "competition", "employment": a field word (capitalised only opening the mention), not a title or an article. */
    private boolean fieldModifier(Token before, boolean opensMention) {
        String w = before.lower();
        return before.word() && !MentionParts.DETERMINERS.contains(w) && !CLIENT_MARKERS.contains(w)
                && !lexicon.isSource("official-title", w) && !lexicon.isSource("former", w)
                && (!before.capitalised() || opensMention);
    }

    /** "head of commodities research at Oakfield Securities": a research-firm analyst, not a spokesperson. */
    private static boolean analyst(List<Token> tokens, int from, int to) {
        return MentionParts.any(tokens, from, to, "research");
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
