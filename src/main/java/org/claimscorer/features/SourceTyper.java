package org.claimscorer.features;

import java.util.List;
import java.util.Set;

/**
 * Types a source mention from its words: pronoun, named person (official, expert, unknown role),
 * office title, spokesperson, organisation, news outlet, document (owned or not), unnamed person
 * or group. Reads only the mention's tokens. Immutable and thread-safe.
 */
final class SourceTyper {

    /** A typed source mention. */
    record Typed(SourceType type, String head, boolean former) { }

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "both", "all", "other", "another", "one", "two", "three", "four", "five", "several", "some", "many", "most", "few", "according", "senior", "top", "local", "state", "federal");
    private static final Set<String> HEAD_BREAKERS = Set.of("of", "for", "from", "at", "in", "with", "on", "to", "by", "familiar", "close", "who", "which", "that", "speaking", "briefed", "involved", "knowledgeable", "based", "working", "representing", "tracking", "monitoring", "near", "inside", "within", "under", "across");

    private final AttributionLexicon lexicon;

    SourceTyper(AttributionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The type of the noun phrase opening a sentence ("Interior Minister Lena Voss spoke ..."), for pronouns. */
    SourceType subjectType(List<Token> tokens, int from, int to) {
        int end = from;
        while (end < to && end - from < 8 && opensSubject(tokens, from, end)) {
            end++;
        }
        return end == from ? SourceType.UNKNOWN : type(tokens, from, end).type();
    }

    private static boolean opensSubject(List<Token> tokens, int from, int k) {
        Token t = tokens.get(k);
        boolean afterArticle = k > from && SourceTyper.DETERMINERS.contains(tokens.get(k - 1).lower());
        return t.word() && (t.capitalised() || DETERMINERS.contains(t.lower()) || afterArticle);
    }

    /**
     * The strongest conjunct of a coordinated mention ("the minister and analysts"): rule 3 of the guide.
     * Proper names joined by "and" ("Kyiv and Seoul") stay one mention.
     */
    int[] strongestConjunct(List<Token> tokens, int from, int to) {
        int[] best = {from, to};
        int start = from;
        int bestRank = -1;
        int coreEnd = indexOf(tokens, ",", from, to);
        for (int k = from; k <= coreEnd; k++) {
            boolean split = k == coreEnd || tokens.get(k).is("and") && k > from && k + 1 < to
                    && !(tokens.get(k - 1).capitalised() && tokens.get(k + 1).capitalised());
            if (split && k == coreEnd) {
                k = to;
            }
            if (split && k > start) {
                int rank = type(tokens, start, k).type().rank();
                if (rank > bestRank) {
                    bestRank = rank;
                    best = new int[] {start, k};
                }
                start = k + 1;
            }
        }
        return best;
    }

    Typed type(List<Token> tokens, int from, int to) {
        int coreEnd = indexOf(tokens, ",", from, to);
        int headEnd = headEnd(tokens, from, coreEnd);
        int headAt = lastWord(tokens, from, headEnd);
        if (headAt < 0) {
            return new Typed(SourceType.UNKNOWN, "", false);
        }
        Token head = tokens.get(headAt);
        boolean former = any(tokens, from, coreEnd, "former");
        return new Typed(typeOf(tokens, from, to, coreEnd, headAt, former), head.bare(), former);
    }

    private SourceType typeOf(List<Token> tokens, int from, int to, int coreEnd, int headAt, boolean former) {
        String head = tokens.get(headAt).bare();
        boolean named = appositiveIsName(tokens, coreEnd, to);
        if (headAt == from && lexicon.isSource("pronoun", head)) {
            return SourceType.PRONOUN;
        }
        if (isOutlet(tokens, from, headAt)) {
            return SourceType.NEWS_OUTLET;
        }
        if (lexicon.isSource("group-noun", head)) {
            return SourceType.UNNAMED_GROUP;
        }
        if (lexicon.isSource("person-noun", head) && !named) {
            return SourceType.UNNAMED_PERSON;
        }
        if (lexicon.isSource("spokes-noun", head) && !named) {
            return SourceType.SPOKESPERSON;
        }
        if (lexicon.isSource("document", head)) {
            return owned(tokens, from, to, headAt) ? SourceType.DOCUMENT : SourceType.OWNERLESS_DOCUMENT;
        }
        if (lexicon.isSource("official-title", head)) {
            if (named) {
                return former ? SourceType.NAMED_EXPERT : SourceType.NAMED_OFFICIAL;
            }
            return plural(head) ? SourceType.UNNAMED_GROUP : SourceType.OFFICE_TITLE;
        }
        if (lexicon.isSource("expert-title", head)) {
            return named ? SourceType.NAMED_EXPERT : SourceType.UNNAMED_PERSON;
        }
        if (lexicon.isSource("org-noun", head) || isPlace(tokens, from, headAt)) {
            return SourceType.ORGANISATION;
        }
        if (tokens.get(headAt).capitalised() || tokens.get(headAt).kind() == Token.Kind.WORD && named) {
            return namedPersonType(tokens, from, to, former);
        }
        return unknownCommonNoun(tokens.get(from), head);
    }

    /** An unlisted common noun: "court watchers" are unnamed people; "a farmer" is one unnamed person. */
    private static SourceType unknownCommonNoun(Token first, String head) {
        if (plural(head)) {
            return SourceType.UNNAMED_GROUP;
        }
        boolean indefinite = first.is("a") || first.is("an") || first.is("one") || first.is("another");
        return indefinite ? SourceType.UNNAMED_PERSON : SourceType.UNKNOWN;
    }

    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
    }

    private SourceType namedPersonType(List<Token> tokens, int from, int to, boolean former) {
        if (former) {
            return SourceType.NAMED_EXPERT;
        }
        boolean formerInApposition = any(tokens, from, to, "former") || any(tokens, from, to, "retired")
                || any(tokens, from, to, "ex");
        if (formerInApposition) {
            return SourceType.NAMED_EXPERT;
        }
        int comma = indexOf(tokens, ",", from, to);
        if (comma < to) {
            int appositiveHead = lastWord(tokens, comma + 1, headEnd(tokens, comma + 1, to));
            String role = appositiveHead < 0 ? "" : tokens.get(appositiveHead).bare();
            if (lexicon.isSource("expert-title", role)) {
                return SourceType.NAMED_EXPERT;
            }
            if (lexicon.isSource("official-title", role)) {
                return SourceType.NAMED_OFFICIAL;
            }
        }
        for (int k = from; k < to; k++) {
            if (lexicon.isSource("official-title", tokens.get(k).bare())) {
                return SourceType.NAMED_OFFICIAL;
            }
        }
        for (int k = from; k < to; k++) {
            if (lexicon.isSource("expert-title", tokens.get(k).bare())) {
                return SourceType.NAMED_EXPERT;
            }
        }
        return SourceType.NAMED_PERSON;
    }

    private boolean isOutlet(List<Token> tokens, int from, int headAt) {
        if (suffixIn(tokens, from, headAt, "outlet")) {
            return true;
        }
        Token head = tokens.get(headAt);
        return head.capitalised() && lexicon.isSource("outlet-word", head.bare());
    }

    private boolean isPlace(List<Token> tokens, int from, int headAt) {
        return suffixIn(tokens, from, headAt, "place");
    }

    /** Whether the last 1-3 words ending at headAt (without a leading "the") form an entry of the category. */
    private boolean suffixIn(List<Token> tokens, int from, int headAt, String category) {
        StringBuilder phrase = new StringBuilder();
        for (int k = headAt; k >= Math.max(from, headAt - 3); k--) {
            phrase.insert(0, k == headAt ? tokens.get(k).bare() : tokens.get(k).lower() + " ");
            if (lexicon.isSource(category, phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    /** A document is owned when a possessive, a capitalised modifier, "by/of/from X" or a definite article names it. */
    private boolean owned(List<Token> tokens, int from, int to, int headAt) {
        for (int k = from; k < headAt; k++) {
            Token t = tokens.get(k);
            if (!t.bare().equals(t.lower()) || (k > from && t.capitalised()) || (k == from && t.capitalised()
                    && !DETERMINERS.contains(t.lower()))) {
                return true;
            }
        }
        if (headAt + 2 < to + 1 && headAt + 1 < tokens.size()) {
            Token next = tokens.get(headAt + 1);
            if ((next.is("by") || next.is("from") || next.is("of")) && headAt + 1 < to) {
                return true;
            }
        }
        Token first = tokens.get(from);
        boolean singular = !tokens.get(headAt).lower().endsWith("s") || tokens.get(headAt).lower().endsWith("ss");
        return singular && (first.is("the") || first.is("this") || first.is("its") || first.is("their"));
    }

    private static boolean appositiveIsName(List<Token> tokens, int comma, int to) {
        if (comma + 1 >= to) {
            return false;
        }
        for (int k = comma + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                return k > comma + 1;
            }
            if (!t.capitalised() || DETERMINERS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private static int headEnd(List<Token> tokens, int from, int coreEnd) {
        for (int k = from + 1; k < coreEnd; k++) {
            if (HEAD_BREAKERS.contains(tokens.get(k).lower())) {
                return k;
            }
        }
        return coreEnd;
    }

    private static int lastWord(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (tokens.get(k).word()) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(List<Token> tokens, String value, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is(value)) {
                return k;
            }
        }
        return to;
    }

    private static boolean any(List<Token> tokens, int from, int to, String lower) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is(lower)) {
                return true;
            }
        }
        return false;
    }
}
