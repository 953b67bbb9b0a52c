package org.claimscorer.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lower-case word phrases in a token sequence, longest phrase first at each position and
 * without overlaps. The phrases form a word trie, so matching at a position costs one look-up per
 * token of the longest phrase that could start there, however many phrases share a first word (the
 * hedge list expands "BE believed to" into hundreds of phrases starting "is", "was", ...).
 * Immutable and thread-safe.
 */
public final class PhraseMatcher {

    /** A phrase found at token indices {@code [from, to)}. */
    public record Match(String phrase, int from, int to) { }

    /** A trie node: the phrases continuing with each next word, and the phrase ending here, if any. */
    private static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private String phrase;
    }

    private final Node root = new Node();

    /** A matcher for these space-separated lower-case phrases. */
    public PhraseMatcher(List<String> phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            Node node = root;
            for (String word : words) {
                node = node.next.computeIfAbsent(word, w -> new Node());
            }
            node.phrase = String.join(" ", words);
        }
    }

    /** Non-overlapping matches in tokens {@code [from, to)}, left to right. */
    public List<Match> find(List<Token> tokens, int from, int to) {
        List<Match> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match match = longestAt(tokens, i, to);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i = match.to();
            }
        }
        return matches;
    }

    /** The longest phrase that starts at token {@code at} and ends by {@code to}, or null. */
    private Match longestAt(List<Token> tokens, int at, int to) {
        Node node = root;
        String phrase = null;
        int end = at;
        for (int k = at; k < to; k++) {
            node = node.next.get(tokens.get(k).lower());
            if (node == null) {
                break;
            }
            if (node.phrase != null) {
                phrase = node.phrase;
                end = k + 1;
            }
        }
        return phrase == null ? null : new Match(phrase, at, end);
    }
}
