package org.claimscorer.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers, quote marks and punctuation in one left-to-right pass, so its
 * cost is linear in the input whatever the input holds. Words keep inner apostrophes, hyphens and
 * dots ("don't", "Yong-hyun", "U.S."); numbers keep inner commas and dots ("4,000", "2.5").
 * Stateless and thread-safe.
 */
public final class Tokenizer {

    /** Abbreviated titles that keep their dot ("Dr.", "Sgt."), so they never end a sentence or a name. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep",
            "gov", "lt", "col", "capt", "sgt", "maj", "adm", "prof", "rev", "hon", "fr", "pres", "supt", "insp", "det",
            "cmdr", "brig", "cpl", "pvt", "jr", "sr", "st", "mt", "ft", "vs", "no", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dept", "approx", "est", "inc", "corp", "ltd", "co");

    /** Tokens of the whole text. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                i = word(text, i, tokens);
            } else {
                int end = i + Character.charCount(cp);
                Token.Kind kind = isQuote(cp) ? Token.Kind.QUOTE : Token.Kind.PUNCT;
                tokens.add(new Token(text.substring(i, end), text.substring(i, end), i, end, kind));
                i = end;
            }
        }
        return tokens;
    }

    private int word(String text, int start, List<Token> tokens) {
        boolean numeric = Character.isDigit(text.codePointAt(start));
        int i = start + Character.charCount(text.codePointAt(start));
        boolean dotted = false;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                numeric &= Character.isDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
                i += Character.charCount(cp);
            } else if (joinsWord(cp, numeric) && i + 1 < text.length() && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                dotted |= cp == '.';
                i++;
            } else {
                break;
            }
        }
        boolean title = i < text.length() && text.charAt(i) == '.'
                && TITLES.contains(text.substring(start, i).toLowerCase(Locale.ROOT));
        if ((dotted || title) && !numeric && i < text.length() && text.charAt(i) == '.') {
            i++;
        }
        String value = text.substring(start, i);
        tokens.add(new Token(value, value.toLowerCase(Locale.ROOT), start, i, numeric ? Token.Kind.NUMBER : Token.Kind.WORD));
        return i;
    }

    private static boolean joinsWord(int cp, boolean numeric) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '.' || (numeric && cp == ',');
    }

    private static boolean isQuote(int cp) {
        return cp == '"' || cp == '\u201C' || cp == '\u201D' || cp == '\u201E' || cp == '\u00AB' || cp == '\u00BB'
                || cp == '\u2018' || cp == '\u2019' || cp == '\'';
    }
}
