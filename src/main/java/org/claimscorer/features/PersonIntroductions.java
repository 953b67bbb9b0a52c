package org.claimscorer.features;

import java.util.List;

/**
 * Finds the role a context gave a person when it first named them, so that a later bare surname
 * ("Morales said") is typed by that role: "Interior Minister Ana Morales" makes every later "Morales"
 * a named official. Immutable and thread-safe.
 */
final class PersonIntroductions {

    /** How many capitalised words or titles before the surname are read as part of the introduction. */
    private static final int MAX_TITLE_WORDS = 6;
    /** How many tokens after the comma an appositive ("Morales, the interior minister,") may run. */
    private static final int MAX_APPOSITIVE = 14;

    private final AttributionLexicon lexicon;
    private final SourceTyper typer;
    private final SourceFinder finder = new SourceFinder();

    PersonIntroductions(AttributionLexicon lexicon, SourceTyper typer) {
        this.lexicon = lexicon;
        this.typer = typer;
    }

    /**
     * The type given to a person where the context first names them before {@code before}: the surname's
     * first occurrence with the capitalised words and titles before it and an appositive after it.
     * {@link SourceType#UNKNOWN} when the surname does not occur or carries no role there.
     */
    SourceType introducedType(List<Token> tokens, String surname, int before) {
        for (int j = 0; j < tokens.size() && tokens.get(j).end() <= before; j++) {
            if (tokens.get(j).capitalised() && tokens.get(j).bare().equals(surname)) {
                return roleAt(tokens, j);
            }
        }
        return SourceType.UNKNOWN;
    }

    private SourceType roleAt(List<Token> tokens, int surname) {
        int start = surname;
        while (start > 0 && surname - start < MAX_TITLE_WORDS && introducesName(tokens.get(start - 1))) {
            start--;
        }
        int end = surname + 1;
        if (end < tokens.size() && tokens.get(end).is(",")) {
            end = appositiveEnd(tokens, end);
        }
        SourceType type = typer.type(tokens, start, end).type();
        if (type == SourceType.NAMED_OFFICIAL || type == SourceType.NAMED_EXPERT) {
            return type;
        }
        return start > 0 && tokens.get(start - 1).is(",") ? titleBefore(tokens, start - 1) : SourceType.UNKNOWN;
    }

    /**
     * "The head of the authority, Helene Dufort,": a title phrase just before the comma gives the name
     * its role. The phrase is read back from the comma as a source mention would be.
     */
    private SourceType titleBefore(List<Token> tokens, int comma) {
        SourceRange phrase = comma > 0 ? finder.leftPhrase(tokens, 0, comma - 1) : SourceRange.NONE;
        if (!phrase.found()) {
            return SourceType.UNKNOWN;
        }
        int start = phrase.from();
        SourceType title = typer.type(tokens, start, comma).type();
        if (title == SourceType.OFFICE_TITLE || title == SourceType.SPOKESPERSON) {
            return SourceType.NAMED_OFFICIAL;
        }
        return title == SourceType.UNNAMED_PERSON && expertHead(tokens, start, comma) ? SourceType.NAMED_EXPERT
                : SourceType.UNKNOWN;
    }

    private boolean expertHead(List<Token> tokens, int from, int to) {
        int head = MentionParts.lastWord(tokens, from, MentionParts.headEnd(tokens, from, to));
        return head >= 0 && lexicon.isSource("expert-title", tokens.get(head).bare());
    }

    private boolean introducesName(Token token) {
        return token.capitalised() || lexicon.isSource("official-title", token.bare())
                || lexicon.isSource("expert-title", token.bare()) || lexicon.isSource("former", token.lower());
    }

    private static int appositiveEnd(List<Token> tokens, int comma) {
        int k = comma + 1;
        while (k < tokens.size() && k - comma <= MAX_APPOSITIVE && !tokens.get(k).is(",") && !tokens.get(k).is(".")
                && !tokens.get(k).is(";") && tokens.get(k).kind() != Token.Kind.QUOTE) {
            k++;
        }
        return k;
    }
}
