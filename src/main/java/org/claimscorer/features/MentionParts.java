package org.claimscorer.features;

import java.util.List;
import java.util.Set;

/**
 * The parts of a source mention, as token indices: its core (before the first comma), its head word
 * (the last word before a prepositional or relative tail), and whether its appositive is a name.
 * "The chief executive of Harrowgate, Paula Brennan" has core "The chief executive of Harrowgate",
 * head "executive" and a name in apposition. Stateless and thread-safe.
 */
final class MentionParts {

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their",
            "his", "her", "our", "both", "all", "other", "another", "one", "two", "three", "four", "five", "several",
            "some", "many", "most", "few", "according", "senior", "top", "local", "state", "federal");
    /** Sentence-opening connectives ("But she said"), capitalised only because they open the sentence. */
    static final Set<String> CONNECTIVES = Set.of("but", "and", "yet", "so", "still", "however", "meanwhile",
            "instead", "now", "then", "later", "separately");
    /** Words after which the rest of a mention describes its head ("sources familiar with ..."). */
    private static final Set<String> HEAD_BREAKERS = Set.of("obtained", "seen", "reviewed", "published", "released",
            "leaked", "filed", "prepared", "commissioned", "compiled", "interviewed", "quoted", "cited", "contacted", "reached",
            "surveyed", "polled", "questioned", "asked", "living", "of", "for", "from", "at", "in", "with", "on", "to", "by",
            "familiar", "close", "who", "which", "that", "speaking", "briefed", "involved", "knowledgeable", "based",
            "working", "representing", "tracking", "monitoring", "near", "inside", "within", "under", "across",
            "not", "broadcast", "verified", "shared", "posted", "circulated", "issued", "signed", "dated", "sent",
            "submitted", "distributed", "aired", "taken", "captured", "analysed", "analyzed", "examined", "conducted",
            "produced", "authored", "written", "provided", "himself", "herself", "themselves", "itself");

    private MentionParts() {
    }

    /** Where the head phrase starting at from ends: the first head breaker after it, else coreEnd. */
    static int headEnd(List<Token> tokens, int from, int coreEnd) {
        for (int k = from + 1; k < coreEnd; k++) {
            // "the monitoring group", "a leaked memo": a participle right after a determiner modifies the head.
            if (HEAD_BREAKERS.contains(tokens.get(k).lower()) && !DETERMINERS.contains(tokens.get(k - 1).lower())) {
                return k;
            }
        }
        return coreEnd;
    }

    /** The index of the last word in {@code [from, to)}, or -1. */
    static int lastWord(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (tokens.get(k).word()) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the first token equal to value in {@code [from, to)}, or to. */
    static int indexOf(List<Token> tokens, String value, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is(value)) {
                return k;
            }
        }
        return to;
    }

    /** Whether some token in {@code [from, to)} is the given lower-case word. */
    static boolean any(List<Token> tokens, int from, int to, String lower) {
        return indexOf(tokens, lower, from, to) < to;
    }

    /** Whether the words after the comma, up to the next comma or to, are all capitalised (a name). */
    static boolean appositiveIsName(List<Token> tokens, int comma, int to) {
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

    /** Whether a token in {@code [from, to)} is a possessive ("the museum's"). */
    static boolean hasPossessive(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).bare().equals(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
