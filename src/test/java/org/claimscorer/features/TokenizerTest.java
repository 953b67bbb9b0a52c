package org.claimscorer.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> texts(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void keepsAbbreviationsPossessivesAndNumbersWhole() {
        assertEquals(List.of("The", "U.S.", "Army's", "4,000", "troops", "left", "."),
                texts("The U.S. Army's 4,000 troops left."));
    }

    @Test
    void splitsQuotesAndPunctuation() {
        assertEquals(List.of("\u201C", "No", ",", "\u201D", "she", "said", "."), texts("\u201CNo,\u201D she said."));
    }

    @Test
    void spansIndexUtf16CodeUnitsAcrossEmojiAndCombiningMarks() {
        String text = "\uD83D\uDE00 Jose\u0301 said";
        List<Token> tokens = tokenizer.tokenize(text);
        assertEquals(List.of("\uD83D\uDE00", "Jose\u0301", "said"), tokens.stream().map(Token::text).toList());
        assertEquals(3, tokens.get(1).start());
        assertEquals(8, tokens.get(1).end());
        for (Token token : tokens) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
    }
}
