package org.claimscorer.features;

/**
 * A piece of text the extractor relied on: a source mention, a cue, a hedge, a denial, an anonymity
 * marker or a quote. {@code text} equals {@code origin-string.substring(start, end)}.
 *
 * @param text   the exact text found
 * @param start  UTF-16 offset of its first code unit in the claim or the context
 * @param end    UTF-16 offset one past its last code unit
 * @param origin which string the offsets index
 */
public record Evidence(String text, int start, int end, Origin origin) {

    static Evidence of(String source, int start, int end, Origin origin) {
        return new Evidence(source.substring(start, end), start, end, origin);
    }
}
