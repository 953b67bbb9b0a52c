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

    private static final String WORLD_HEALTH_ORGANIZATION = "WHO";

    /** Abbreviated titles that keep their dot ("Dr.", "Sgt."), so they never end a sentence or a name. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep",
            "gov", "lt", "col", "capt", "sgt", "maj", "adm", "prof", "rev", "hon", "fr", "pres", "supt", "insp", "det",
            "cmdr", "brig", "cpl", "pvt", "jr", "sr", "st", "mt", "ft", "vs", "no", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dept", "approx", "est", "inc", "corp", "ltd", "co");

    /** Lower-casing never lengthens these ASCII titles, so a longer word cannot be one. */
    private static final int LONGEST_TITLE = TITLES.stream().mapToInt(String::length).max().orElse(0);

    /** Character classes of ASCII code points, computed from the same {@link Character} tests used above 127. */
    private static final byte SPACE = 1;
    private static final byte LETTER_OR_DIGIT = 2;
    private static final byte DIGIT = 4;
    private static final byte MARK = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int cp = 0; cp < 128; cp++) {
            ASCII[cp] = (byte) ((Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? SPACE : 0)
                    | (Character.isLetterOrDigit(cp) ? LETTER_OR_DIGIT : 0) | (Character.isDigit(cp) ? DIGIT : 0)
                    | (Character.getType(cp) == Character.NON_SPACING_MARK ? MARK : 0));
        }
    }

    /** One-character strings of the ASCII marks, shared by every token of that mark. */
    private static final String[] ASCII_MARKS = new String[128];

    static {
        for (int cp = 0; cp < 128; cp++) {
            ASCII_MARKS[cp] = String.valueOf((char) cp);
        }
    }

    /** Tokens of the whole text. */
    public List<Token> tokenize(String text) {
        // News text averages about one token per five characters; sizing the list up front saves its regrowth copies.
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 8);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
            } else if (isLetterOrDigit(cp)) {
                i = word(text, i, tokens);
            } else {
                int end = i + Character.charCount(cp);
                Token.Kind kind = isQuote(cp) ? Token.Kind.QUOTE : Token.Kind.PUNCT;
                String mark = cp < 128 ? ASCII_MARKS[cp] : text.substring(i, end);
                tokens.add(new Token(mark, mark, i, end, kind));
                i = end;
            }
        }
        return tokens;
    }

    private int word(String text, int start, List<Token> tokens) {
        boolean numeric = isDigit(text.codePointAt(start));
        int i = start + Character.charCount(text.codePointAt(start));
        boolean dotted = false;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isLetterOrDigit(cp) || isMark(cp)) {
                numeric = numeric && (isDigit(cp) || isMark(cp));
                i += Character.charCount(cp);
            } else if (joinsWord(cp, numeric) && i + 1 < text.length() && isLetterOrDigit(text.codePointAt(i + 1))) {
                dotted |= cp == '.';
                i++;
            } else {
                break;
            }
        }
        boolean title = i < text.length() && text.charAt(i) == '.' && i - start <= LONGEST_TITLE
                && TITLES.contains(text.substring(start, i).toLowerCase(Locale.ROOT));
        if ((dotted || title) && !numeric && i < text.length() && text.charAt(i) == '.') {
            i++;
        }
        String value = text.substring(start, i);
        tokens.add(new Token(value, lowerCase(value), start, i, numeric ? Token.Kind.NUMBER : Token.Kind.WORD));
        return i;
    }

    /** "WHO" in capitals is the World Health Organization, never the relative pronoun "who". */
    private static String lowerCase(String value) {
        return value.equals(WORLD_HEALTH_ORGANIZATION) ? "w.h.o." : value.toLowerCase(Locale.ROOT);
    }

    private static boolean isSpace(int cp) {
        return cp < 128 ? (ASCII[cp] & SPACE) != 0 : Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isLetterOrDigit(int cp) {
        return cp < 128 ? (ASCII[cp] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(cp);
    }

    private static boolean isDigit(int cp) {
        return cp < 128 ? (ASCII[cp] & DIGIT) != 0 : Character.isDigit(cp);
    }

    private static boolean isMark(int cp) {
        return cp < 128 ? (ASCII[cp] & MARK) != 0 : Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean joinsWord(int cp, boolean numeric) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '.' || (numeric && cp == ',');
    }

    private static boolean isQuote(int cp) {
        return cp == '"' || cp == '\u201C' || cp == '\u201D' || cp == '\u201E' || cp == '\u00AB' || cp == '\u00BB'
                || cp == '\u2018' || cp == '\u2019' || cp == '\'';
    }
}
