package org.claimscorer.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokenised text into sentences: after '.', '!' or '?' (with any closing quotes) when the
 * next token does not continue the sentence, and at every line break. A dot after a title or an
 * initial ("Gen.", "Dr.", "J.") never ends a sentence; "U.S." keeps its dots inside one token.
 * Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm", "prof", "rev", "hon", "fr", "pres", "supt", "insp", "det", "cmdr", "brig", "cpl", "pvt", "st", "mt", "ft", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "jr", "sr");

    private static final int LONGEST_TITLE = TITLES.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Sentences as token index ranges {@code [from, to)} over {@code tokens}, in order.
     */
    public List<int[]> split(String text, List<Token> tokens) {
        List<int[]> sentences = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < tokens.size(); k++) {
            int end = endOfSentenceAt(text, tokens, k);
            if (end > k) {
                sentences.add(new int[] {from, end});
                from = end;
                k = end - 1;
            }
        }
        if (from < tokens.size()) {
            sentences.add(new int[] {from, tokens.size()});
        }
        return sentences;
    }

    /** The index after the sentence that ends at token k, or -1 when no sentence ends there. */
    private int endOfSentenceAt(String text, List<Token> tokens, int k) {
        if (k + 1 < tokens.size() && lineBreakBetween(text, tokens.get(k), tokens.get(k + 1))) {
            return k + 1;
        }
        Token token = tokens.get(k);
        if (!(token.is(".") || token.is("!") || token.is("?") || token.is("\u2026")) || abbreviationBefore(tokens, k)) {
            return -1;
        }
        int end = k + 1;
        while (end < tokens.size() && closesSentence(tokens.get(end)) && tokens.get(end).start() == tokens.get(end - 1).end()) {
            end++;
        }
        return end >= tokens.size() || startsSentence(tokens.get(end)) ? end : -1;
    }

    /** Scans only the gap between the two tokens, so splitting stays linear in text without line breaks. */
    private static boolean lineBreakBetween(String text, Token left, Token right) {
        return LineBreaks.between(text, left.end(), right.start());
    }

    private static boolean abbreviationBefore(List<Token> tokens, int k) {
        if (k == 0 || tokens.get(k - 1).end() != tokens.get(k).start() || !tokens.get(k - 1).word()) {
            return false;
        }
        Token word = tokens.get(k - 1);
        return (word.lower().length() <= LONGEST_TITLE && TITLES.contains(word.lower()))
                || (word.text().length() == 1 && word.capitalised());
    }

    private static boolean closesSentence(Token token) {
        return token.kind() == Token.Kind.QUOTE || token.is(")") || token.is("]");
    }

    private static boolean startsSentence(Token token) {
        return token.kind() != Token.Kind.WORD || !Character.isLowerCase(token.text().codePointAt(0));
    }
}
