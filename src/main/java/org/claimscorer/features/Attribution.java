package org.claimscorer.features;

/**
 * An attribution cue found in a sentence and the source mention attached to it.
 *
 * @param lemma       the cue's lemma ("say", "according to")
 * @param cue         the cue tokens {@code [cueFrom, cueTo)}
 * @param cueFrom     first cue token index
 * @param cueTo       one past the last cue token index
 * @param sourceFrom  first source token index, or -1 when none was found
 * @param sourceTo    one past the last source token index, or -1
 * @param type        the source's type ({@link SourceType#UNKNOWN} when there is none)
 * @param head        the source's head word, lower-cased, or "" when there is none
 * @param former      whether the source is marked as former ("former adviser")
 * @param subordinate whether the cue sits in a relative, concessive or adverbial clause
 * @param passive     whether the cue is passive with no agent ("it was reported")
 */
record Attribution(String lemma, String cue, int cueFrom, int cueTo, int sourceFrom, int sourceTo,
                   SourceType type, String head, boolean former, boolean subordinate, boolean passive) {

    boolean hasSource() {
        return sourceFrom >= 0;
    }

    /** The same cue and source, read as part of a subordinate clause that does not carry the sentence. */
    Attribution asSubordinate() {
        return new Attribution(lemma, cue, cueFrom, cueTo, sourceFrom, sourceTo, type, head, former, true, passive);
    }

    Attribution withType(SourceType resolved) {
        return new Attribution(lemma, cue, cueFrom, cueTo, sourceFrom, sourceTo, resolved, head, former, subordinate, passive);
    }
}
