package org.claimscorer.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimscorer.claim.Claim;

/**
 * Reads a claim's neighbourhood in its context: where the claim sits, the sentences before and after
 * it, and whether it has a line to itself (a headline). Later rules resolve and carry sources from
 * these readings. Immutable and thread-safe.
 */
final class ContextReader {

    /** How many sentences before the claim are read for earlier sources (pronouns, carried attributions). */
    private static final int EARLIER_SENTENCES = 3;

    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;
    private final ClaimLocator locator;
    private final SentenceReader reader;

    ContextReader(Tokenizer tokenizer, SentenceSplitter splitter, ClaimLocator locator, SentenceReader reader) {
        this.tokenizer = tokenizer;
        this.splitter = splitter;
        this.locator = locator;
        this.reader = reader;
    }

    /** The claim's surroundings, or {@link Surroundings#NONE} when the context does not contain it. */
    Surroundings surroundings(Claim claim) {
        Optional<TextSpan> located = locator.locate(claim.text(), claim.context());
        return located.isEmpty() ? Surroundings.NONE : around(claim.context(), located.get());
    }

    private Surroundings around(String context, TextSpan span) {
        List<Token> tokens = tokenizer.tokenize(context);
        List<int[]> sentences = splitter.split(context, tokens);
        int first = sentenceAt(tokens, sentences, span.start());
        int last = sentenceAt(tokens, sentences, Math.max(span.start(), span.end() - 1));
        List<SentenceReading> earlier = earlier(tokens, sentences, first);
        SentenceReading previous = !earlier.isEmpty()
                && noLineBreak(context, tokens.get(earlier.get(0).to() - 1).end(), span.start()) ? earlier.get(0) : null;
        if (last + 1 >= sentences.size()) {
            return new Surroundings(span, tokens, earlier, previous, null, false);
        }
        int[] after = sentences.get(last + 1);
        SentenceReading next = reader.read(tokens, after[0], after[1]);
        boolean nextInParagraph = noLineBreak(context, span.end(), tokens.get(after[0]).start());
        return new Surroundings(span, tokens, earlier, previous, next, nextInParagraph);
    }

    /** Readings of up to {@value #EARLIER_SENTENCES} sentences before sentence {@code first}, nearest first. */
    private List<SentenceReading> earlier(List<Token> tokens, List<int[]> sentences, int first) {
        List<SentenceReading> earlier = new ArrayList<>();
        for (int s = first - 1; s >= 0 && s >= first - EARLIER_SENTENCES; s--) {
            earlier.add(reader.read(tokens, sentences.get(s)[0], sentences.get(s)[1]));
        }
        return earlier;
    }

    private static int sentenceAt(List<Token> tokens, List<int[]> sentences, int offset) {
        for (int s = 0; s < sentences.size(); s++) {
            int[] sentence = sentences.get(s);
            if (tokens.get(sentence[1] - 1).end() > offset) {
                return s;
            }
        }
        return sentences.size() - 1;
    }

    /** Whether the two offsets lie in one paragraph (no line break between them). */
    private static boolean noLineBreak(String context, int from, int to) {
        return !LineBreaks.between(context, from, to);
    }

    /** A headline in lower case: a claim with no closing stop that has a line of the context to itself. */
    static boolean standsOnItsOwnLine(String claim, String context, Surroundings around) {
        String trimmed = claim.strip();
        if (around.span() == null || trimmed.isEmpty() || ".!?\"\u201D".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            return false;
        }
        TextSpan span = around.span();
        boolean lineStart = span.start() == 0 || context.charAt(span.start() - 1) == '\n';
        boolean lineEnd = span.end() == context.length() || context.charAt(span.end()) == '\n';
        return lineStart && lineEnd;
    }
}
