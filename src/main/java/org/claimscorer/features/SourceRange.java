package org.claimscorer.features;

/**
 * Where {@link SourceFinder} found a source: tokens {@code [from, to)} are read for typing, and
 * {@code [from, mentionTo)} is reported as the mention (without a trailing relative or participial
 * clause); {@code from < 0} when none was found.
 */
record SourceRange(int from, int to, int mentionTo) {

    static final SourceRange NONE = new SourceRange(-1, -1, -1);

    SourceRange(int from, int to) {
        this(from, to, to);
    }

    boolean found() {
        return from >= 0;
    }
}
