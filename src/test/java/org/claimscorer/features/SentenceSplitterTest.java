package org.claimscorer.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        return splitter.split(text, tokens).stream()
                .map(s -> text.substring(tokens.get(s[0]).start(), tokens.get(s[1] - 1).end())).toList();
    }

    @Test
    void titlesInitialsAndDottedAbbreviationsDoNotEndSentences() {
        assertEquals(List.of("Gen. Mark Polk met Dr. Ana Lima in the U.S. capital on Jan. 5.", "J. R. Hale said so."),
                sentences("Gen. Mark Polk met Dr. Ana Lima in the U.S. capital on Jan. 5. J. R. Hale said so."));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("\u201CWe will win.\u201D", "She left."), sentences("\u201CWe will win.\u201D She left."));
    }

    @Test
    void lineBreaksEndSentencesAndLowerCaseContinues() {
        assertEquals(List.of("Headline With No Stop", "It rose 2.5 percent. from a low base", "Done!"),
                sentences("Headline With No Stop\nIt rose 2.5 percent. from a low base\nDone!"));
    }
}
