package org.claimscorer.features;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a string.
 *
 * @param start first code unit, at least 0
 * @param end   one past the last code unit, at least {@code start}
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
