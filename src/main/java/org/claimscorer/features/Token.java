package org.claimscorer.features;

/**
 * One token of a text with its span.
 *
 * @param text  the token as written
 * @param lower the token lower-cased (root locale)
 * @param start offset of its first code unit
 * @param end   offset one past its last code unit
 * @param kind  what sort of token it is
 */
public record Token(String text, String lower, int start, int end, Kind kind) {

    /** Token kinds the extractor distinguishes. */
    public enum Kind { WORD, NUMBER, QUOTE, PUNCT }

    /** Whether the token is a word starting with an upper-case letter. */
    public boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the token is a word. */
    public boolean word() {
        return kind == Kind.WORD;
    }

    /** Whether the token is this exact punctuation or lower-cased word. */
    public boolean is(String value) {
        return lower.equals(value);
    }

    /** The lower-cased word without a possessive {@code 's}. */
    public String bare() {
        if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
            return lower.substring(0, lower.length() - 2);
        }
        return lower;
    }
}
