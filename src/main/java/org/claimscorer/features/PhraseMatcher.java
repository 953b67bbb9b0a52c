package org.claimscorer.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lower-case word phrases in a token sequence, longest phrase first at each position and
 * without overlaps. Indexed by first word, so matching costs the number of tokens times the few
 * phrases sharing a first word. Immutable and thread-safe.
 */
public final class PhraseMatcher {

    /** A phrase found at token indices {@code [from, to)}. */
    public record Match(String phrase, int from, int to) { }

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    /** A matcher for these space-separated lower-case phrases. */
    public PhraseMatcher(List<String> phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed()));
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

    private Match longestAt(List<Token> tokens, int at, int to) {
        List<String[]> candidates = byFirstWord.get(tokens.get(at).lower());
        if (candidates == null) {
            return null;
        }
        for (String[] words : candidates) {
            if (at + words.length <= to && matchesAt(tokens, at, words)) {
                return new Match(String.join(" ", words), at, at + words.length);
            }
        }
        return null;
    }

    private static boolean matchesAt(List<Token> tokens, int at, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(at + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
