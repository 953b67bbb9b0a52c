package org.claimscorer.features;

import java.util.List;
import java.util.Optional;
import org.claimscorer.claim.Claim;

/**
 * Reads a claim's neighbourhood in its context: where the claim sits, the sentences before and after
 * it, and whether it has a line to itself (a headline). Later rules resolve and carry sources from
 * these readings, which {@link Surroundings} asks for only when a rule needs them. Immutable and thread-safe.
 */
final class ContextReader {

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
        return located.isEmpty() ? Surroundings.NONE : new Surroundings(claim.context(), located.get(), this);
    }

    /** The context's tokens. */
    List<Token> tokens(String context) {
        return tokenizer.tokenize(context);
    }

    /** The context's sentences, and the sentences the claim's span starts and ends in. */
    Surroundings.Layout layout(String context, List<Token> tokens, TextSpan span) {
        List<int[]> sentences = splitter.split(context, tokens);
        int first = sentenceAt(tokens, sentences, span.start());
        int last = sentenceAt(tokens, sentences, Math.max(span.start(), span.end() - 1));
        return new Surroundings.Layout(tokens, sentences, first, last);
    }

    /** The reading of tokens {@code [from, to)}, one sentence of the context. */
    SentenceReading read(List<Token> tokens, int from, int to) {
        return reader.read(tokens, from, to);
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
