package org.claimscorer.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted passages in one sentence. Curly and guillemet quotes pair by direction; straight
 * quotes alternate. A closing quote with no opener marks a quote continued from an earlier sentence, and
 * an opener with no closer a quote that runs on. Stateless and thread-safe.
 */
final class QuoteFinder {

    /** The quoted passages of tokens {@code [from, to)}, in text order. */
    List<Marker> quotes(List<Token> tokens, int from, int to) {
        List<Marker> quotes = new ArrayList<>();
        int open = -1;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            boolean closing = closes(t, open);
            if (closing && open >= 0) {
                quotes.add(quote(open, k + 1));
                open = -1;
            } else if (closing && quotes.isEmpty() && k > from) {
                quotes.add(quote(from, k + 1));
            } else if (opens(t, open) && open < 0) {
                open = k;
            }
        }
        if (open >= 0 && open + 1 < to) {
            quotes.add(quote(open, to));
        }
        return quotes;
    }

    private static boolean opens(Token t, int open) {
        return t.is("\u201C") || t.is("\u00AB") || t.is("\u201E") || (t.is("\"") && open < 0);
    }

    private static boolean closes(Token t, int open) {
        return t.is("\u201D") || t.is("\u00BB") || (t.is("\"") && open >= 0);
    }

    private static Marker quote(int from, int to) {
        return new Marker("quote", from, to, false);
    }
}
