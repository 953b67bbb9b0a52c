package org.claimscorer.features;

/** Line-break tests that read only the characters between two offsets. Stateless. */
final class LineBreaks {

    private LineBreaks() {
    }

    /** Whether a '\n' occurs at an offset in {@code [from, to)} of text. */
    static boolean between(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
