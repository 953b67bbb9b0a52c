package org.claimscorer.features;

import java.util.List;

/**
 * The claim's neighbourhood in its context: where it sits and readings of the sentences around it.
 *
 * @param span     the claim's span in the context, or null when it was not found
 * @param tokens   the context's tokens (empty when the claim was not found)
 * @param earlier  readings of up to three sentences before the claim, nearest first
 * @param previous the sentence just before the claim in the same paragraph, or null
 * @param next     the sentence just after the claim, or null
 * @param nextInParagraph whether {@code next} is in the claim's paragraph
 */
record Surroundings(TextSpan span, List<Token> tokens, List<SentenceReading> earlier, SentenceReading previous,
                    SentenceReading next, boolean nextInParagraph) {

    static final Surroundings NONE = new Surroundings(null, List.of(), List.of(), null, null, false);

    /** The sentence after the claim when it is in the same paragraph, else null. */
    SentenceReading nextInSameParagraph() {
        return nextInParagraph ? next : null;
    }
}
