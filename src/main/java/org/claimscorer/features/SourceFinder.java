package org.claimscorer.features;

import java.util.List;
import java.util.Set;

/**
 * Finds the source mention attached to a cue: the noun phrase before the cue ("The ministry said"),
 * a name with its appositive ("Ana Lima, a professor at X, said"), or the phrase after it
 * ("according to X", "..., said X"). Works on token indices within one sentence; every scan is
 * bounded, so cost is linear in the sentence. Stateless and thread-safe.
 */
final class SourceFinder {

    private static final int MAX_PHRASE = 12;
    private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "from", "at", "with", "in", "on", "to",
            "within", "inside", "across", "near", "by", "representing", "advising", "covering", "monitoring", "tracking");
    /** Participles that "not" may precede inside a mention ("engineers not involved in the inquiry"). */
    private static final Set<String> NEGATED_PARTICIPLES = Set.of("involved", "authorized", "authorised",
            "affiliated", "connected", "named", "identified", "related", "associated");
    private static final Set<String> VERBISH = Set.of("is", "are", "was", "were", "has", "have", "had", "been", "will",
            "would", "said", "says", "can", "could", "did", "does", "should", "must", "may", "might");
    /**
     * Words that open a parenthetical about the speaking rather than the speaker ("The ministry, in a
     * statement issued on Friday, said"): the mention ends before it.
     */
    private static final Set<String> CLAUSE_APPOSITIVES = Set.of("who", "which", "whose", "speaking", "citing",
            "according", "asking", "requesting", "declining", "adding", "saying", "noting", "while", "whom",
            "in", "on", "during", "after", "before", "when", "writing", "responding", "replying", "answering",
            "addressing", "asked", "interviewed", "via", "through", "following");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our");
    private static final int MAX_APPOSITIVE = 18;
    static final Set<String> SKIPPABLE = Set.of("has", "have", "had", "also", "previously", "later", "earlier", "repeatedly", "again", "already", "recently", "publicly", "privately", "separately", "once", "would", "will", "did", "does", "do", "then", "now", "long", "yet", "independently", "further", "flatly", "categorically", "firmly", "strongly", "quickly", "immediately", "initially", "first", "subsequently", "reportedly", "allegedly", "only", "just", "even", "still", "last", "on", "late", "not", "never", "n't", "both", "all", "each", "so", "far");
    static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "being", "be");
    private static final Set<String> LEFT_STOPS = Set.of("that", "which", "what", "who", "whom", "whose", "when", "while", "as", "after", "before", "because", "since", "although", "though", "if", "until", "unless", "whereas", "but", "so", "than", "where", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "not", "also", "it's", "there", "here", "said", "says", "told", "say");
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("on", "in", "at", "during", "after", "before", "last", "by", "earlier", "later", "late", "this", "overnight", "yesterday", "today");
    private static final Set<String> INVERSION_STOPS = Set.of("that", "in", "on", "at", "during", "after", "before", "while", "when", "last", "this", "told", "adding", "saying", "as", "and", "but", "earlier", "late", "yesterday", "today", "via", "to", "is", "are", "was", "were", "will", "would", "has", "have", "had",
            "could", "can", "may", "might", "should", "must", "did", "does");
    private static final Set<String> PREPOSITIONAL_STOPS = Set.of("that", "who", "which", "when", "while", "as", "but", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "said");

    /** The phrase ending just before token {@code end} (inclusive of {@code end}). */
    SourceRange leftPhrase(List<Token> tokens, int sentenceFrom, int end) {
        int start = end + 1;
        int last = acronymBefore(tokens, sentenceFrom, end) ? end - 3 : end;
        for (int k = last; k >= sentenceFrom && end - k < MAX_PHRASE; k--) {
            Token t = tokens.get(k);
            if (!continuesLeft(tokens, sentenceFrom, k)) {
                break;
            }
            start = k;
            boolean insidePhrase = k > sentenceFrom && NP_PREPOSITIONS.contains(tokens.get(k - 1).lower());
            if (ARTICLES.contains(t.lower()) && k < end && !insidePhrase) {
                break;
            }
        }
        if (start > end) {
            return SourceRange.NONE;
        }
        return new SourceRange(dropLeadingAdverbial(tokens, start, end + 1), end + 1);
    }

    /** "the Health Protection Agency (HPA) said": a bracketed acronym closes the name before it. */
    private static boolean acronymBefore(List<Token> tokens, int sentenceFrom, int end) {
        return end - 3 >= sentenceFrom && tokens.get(end).is(")") && tokens.get(end - 2).is("(")
                && tokens.get(end - 1).word() && tokens.get(end - 1).text().equals(tokens.get(end - 1).text().toUpperCase())
                && tokens.get(end - 3).word();
    }

    /** "Name, appositive, said": the phrase before the previous comma plus the appositive. */
    SourceRange appositiveBefore(List<Token> tokens, int sentenceFrom, int comma) {
        int previousComma = -1;
        for (int k = comma - 1; k >= sentenceFrom && comma - k <= MAX_APPOSITIVE; k--) {
            if (tokens.get(k).is(",")) {
                previousComma = k;
                break;
            }
            if (tokens.get(k).kind() == Token.Kind.QUOTE || tokens.get(k).is(";")) {
                return SourceRange.NONE;
            }
        }
        if (previousComma <= sentenceFrom) {
            return SourceRange.NONE;
        }
        SourceRange name = leftPhrase(tokens, sentenceFrom, previousComma - 1);
        if (!name.found()) {
            return SourceRange.NONE;
        }
        boolean clause = CLAUSE_APPOSITIVES.contains(tokens.get(previousComma + 1).lower());
        return new SourceRange(name.from(), comma, clause ? previousComma : comma);
    }

    /** The phrase starting at token {@code start}, with a trailing appositive, for "said X" inversions. */
    SourceRange rightPhrase(List<Token> tokens, int start, int sentenceTo, boolean prepositional) {
        Set<String> stops = prepositional ? PREPOSITIONAL_STOPS : INVERSION_STOPS;
        int end = start;
        while (end < sentenceTo && end - start < MAX_PHRASE && continuesRight(tokens.get(end), stops, end == start)) {
            end++;
        }
        if (end == start) {
            return SourceRange.NONE;
        }
        int withApposition = withAppositive(tokens, end, sentenceTo);
        boolean clause = withApposition > end && CLAUSE_APPOSITIVES.contains(tokens.get(end + 1).lower());
        return new SourceRange(start, withApposition, clause ? end : withApposition);
    }

    /** Whether a right phrase may start at this token. */
    boolean startsPhrase(Token token) {
        return token.word() && (token.capitalised() || MentionParts.DETERMINERS.contains(token.lower())
                || Character.isLowerCase(token.text().codePointAt(0)) && !SKIPPABLE.contains(token.lower()));
    }

    private int withAppositive(List<Token> tokens, int end, int sentenceTo) {
        if (end + 1 >= sentenceTo || !tokens.get(end).is(",")) {
            return end;
        }
        Token first = tokens.get(end + 1);
        if (!first.word()) {
            return end;
        }
        boolean appositive = MentionParts.DETERMINERS.contains(first.lower()) || first.capitalised()
                || first.is("who") || Character.isLowerCase(first.text().codePointAt(0)) && first.lower().length() > 2;
        if (!appositive || first.is("and") || first.is("but") || first.is("adding") || first.is("saying")) {
            return end;
        }
        int k = end + 1;
        boolean clause = CLAUSE_APPOSITIVES.contains(first.lower());
        while (k < sentenceTo && k - end <= MAX_APPOSITIVE && !isClauseEnd(tokens.get(k))) {
            if (!clause && VERBISH.contains(tokens.get(k).lower())) {
                return end;
            }
            k++;
        }
        boolean atEnd = k >= sentenceTo || tokens.get(k).is(".") || tokens.get(k).is(",") || tokens.get(k).is(";");
        return atEnd && k - end <= MAX_APPOSITIVE ? k : end;
    }

    private static boolean isClauseEnd(Token token) {
        return token.is(",") || token.is(".") || token.is(";") || token.is(":") || token.is("!") || token.is("?")
                || token.kind() == Token.Kind.QUOTE || token.is("(") || token.is(")");
    }

    private boolean continuesLeft(List<Token> tokens, int sentenceFrom, int k) {
        Token t = tokens.get(k);
        if (t.is("-") || t.is("&")) {
            return k > sentenceFrom;
        }
        if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.NUMBER) {
            return false;
        }
        if (t.is("and") || t.is("or")) {
            return k > sentenceFrom && (tokens.get(k - 1).word() || tokens.get(k - 1).kind() == Token.Kind.NUMBER)
                    && !LEFT_STOPS.contains(tokens.get(k - 1).lower());
        }
        if (t.is("not")) {
            return k > sentenceFrom && k + 1 < tokens.size() && NEGATED_PARTICIPLES.contains(tokens.get(k + 1).lower())
                    && tokens.get(k - 1).word() && !LEFT_STOPS.contains(tokens.get(k - 1).lower());
        }
        return !LEFT_STOPS.contains(t.lower());
    }

    private static boolean continuesRight(Token t, Set<String> stops, boolean first) {
        if (t.is("-") || t.is("&")) {
            return !first;
        }
        if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.NUMBER) {
            return false;
        }
        return !stops.contains(t.lower()) || first && MentionParts.DETERMINERS.contains(t.lower());
    }

    private static int dropLeadingAdverbial(List<Token> tokens, int start, int end) {
        if (!LEADING_PREPOSITIONS.contains(tokens.get(start).lower())) {
            return start;
        }
        for (int k = end - 1; k > start; k--) {
            if (tokens.get(k).is("the") || tokens.get(k).is("a") || tokens.get(k).is("an")) {
                return k;
            }
        }
        return start;
    }
}
