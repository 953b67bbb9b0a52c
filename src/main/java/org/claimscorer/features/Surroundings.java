package org.claimscorer.features;

import java.util.AbstractList;
import java.util.List;

/**
 * The claim's neighbourhood in its context: where it sits and readings of the sentences around it.
 * Most claims carry their own attribution and never look past their own sentence, so the context is
 * tokenised, split and its neighbouring sentences read only when a rule first asks, and each result is
 * remembered. The answers are the same as reading everything up front. Belongs to one extraction: not
 * thread-safe (except {@link #NONE}, which holds nothing to compute).
 */
final class Surroundings {

    /** How many sentences before the claim are read for earlier sources (pronouns, carried attributions). */
    static final int EARLIER_SENTENCES = 3;

    /** The surroundings of a claim its context does not contain. */
    static final Surroundings NONE = new Surroundings("", null, null);

    private final String context;
    private final TextSpan span;
    private final ContextReader reader;
    private List<Token> tokens;
    private Layout layout;
    private final SentenceReading[] earlier = new SentenceReading[EARLIER_SENTENCES];
    private SentenceReading next;

    /**
     * @param context the context text
     * @param span    the claim's span in it, or null when it was not found
     * @param reader  tokenises the context and reads its sentences when asked
     */
    Surroundings(String context, TextSpan span, ContextReader reader) {
        this.context = context;
        this.span = span;
        this.reader = reader;
    }

    /** The claim's span in the context, or null when it was not found. */
    TextSpan span() {
        return span;
    }

    /** The context's tokens (empty when the claim was not found). */
    List<Token> tokens() {
        if (span == null) {
            return List.of();
        }
        if (tokens == null) {
            tokens = reader.tokens(context);
        }
        return tokens;
    }

    /** Readings of up to {@value #EARLIER_SENTENCES} sentences before the claim, nearest first. */
    List<SentenceReading> earlier() {
        if (span == null) {
            return List.of();
        }
        int count = Math.max(0, Math.min(EARLIER_SENTENCES, layout().first()));
        return new AbstractList<>() {
            @Override
            public SentenceReading get(int index) {
                return earlier(index);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    /** The sentence just before the claim in the same paragraph, or null. */
    SentenceReading previous() {
        if (span == null || layout().first() <= 0) {
            return null;
        }
        int[] sentence = layout().sentences().get(layout().first() - 1);
        int end = layout().tokens().get(sentence[1] - 1).end();
        return LineBreaks.between(context, end, span.start()) ? null : earlier(0);
    }

    /**
     * Whether the claim sits inside a quotation its own text does not open: "“We lost. The ankle is
     * swollen,” the manager said." Counts the quote marks between the start of the claim's paragraph and
     * the claim; curly quotes pair by direction, straight quotes alternate.
     */
    boolean insideQuote() {
        if (span == null) {
            return false;
        }
        int start = span.start();
        while (start > 0 && context.charAt(start - 1) != '\n') {
            start--;
        }
        boolean open = false;
        for (int i = start; i < span.start(); i++) {
            char c = context.charAt(i);
            if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
                open = true;
            } else if (c == '\u201D' || c == '\u00BB') {
                open = false;
            } else if (c == '"') {
                open = !open;
            }
        }
        return open;
    }

    /** The sentence just after the claim, or null. */
    SentenceReading next() {
        if (span == null || layout().last() + 1 >= layout().sentences().size()) {
            return null;
        }
        if (next == null) {
            int[] after = layout().sentences().get(layout().last() + 1);
            next = reader.read(layout().tokens(), after[0], after[1]);
        }
        return next;
    }

    /** Whether there is a sentence after the claim in the claim's paragraph. */
    boolean nextInParagraph() {
        if (span == null || layout().last() + 1 >= layout().sentences().size()) {
            return false;
        }
        int[] after = layout().sentences().get(layout().last() + 1);
        return !LineBreaks.between(context, span.end(), layout().tokens().get(after[0]).start());
    }

    /** The sentence after the claim when it is in the same paragraph, else null. */
    SentenceReading nextInSameParagraph() {
        return nextInParagraph() ? next() : null;
    }

    private SentenceReading earlier(int index) {
        if (earlier[index] == null) {
            int[] sentence = layout().sentences().get(layout().first() - 1 - index);
            earlier[index] = reader.read(layout().tokens(), sentence[0], sentence[1]);
        }
        return earlier[index];
    }

    private Layout layout() {
        if (layout == null) {
            layout = reader.layout(context, tokens(), span);
        }
        return layout;
    }

    /**
     * The context as tokens and sentences, and the sentences the claim starts and ends in.
     *
     * @param tokens    the context's tokens
     * @param sentences sentences as token ranges {@code [from, to)}
     * @param first     the sentence holding the claim's first character
     * @param last      the sentence holding its last character
     */
    record Layout(List<Token> tokens, List<int[]> sentences, int first, int last) {
    }
}
