package org.claimscorer.features;

import java.util.List;
import java.util.Set;

/**
 * Types a source mention from its words: pronoun, named person (official, expert, unknown role),
 * office title, spokesperson, organisation, news outlet, document (owned or not), unnamed person
 * or group. Reads only the mention's tokens. Immutable and thread-safe.
 */
final class SourceTyper {

    /** Participles that do not end in -ed or -en but introduce an agent ("footage broadcast by"). */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("broadcast", "shown", "seen", "led", "put", "run",
            "sent", "written", "drawn", "known", "made", "shot", "held", "read", "told");
    /** Participles that name a document's author ("the memo, signed by ..."), not who saw it. */
    private static final Set<String> AUTHORSHIP = Set.of("signed", "written", "authored", "sent", "issued", "prepared",
            "commissioned", "published", "released", "compiled", "conducted", "produced", "led", "carried", "drawn");
    /** A modifier that puts a document in an organisation's name ("official figures"). */
    private static final String OFFICIAL = "official";
    /** Organisation nouns that do not name an owner as modifiers ("intelligence assessments", "media reports"). */
    private static final Set<String> UNOWNED_MODIFIERS = Set.of("intelligence", "media", "press", "news");
    /** How far after the head a participle's "by" may stand ("pictures from the town verified by X"). */
    private static final int MAX_AGENT_DISTANCE = 6;

    /** A typed source mention. */
    record Typed(SourceType type, String head, boolean former) { }

    /** Lower-case endings of one-word organisation names ("Europol", "Brightcorp", "Nexatech", "Citibank"). */
    private static final List<String> ORGANISATION_ENDINGS = List.of("pol", "corp", "tech", "soft", "bank");
    /** Organisation words that make a capitalised name an organisation's anywhere before its last word ("Bank Mandiri"). */
    private static final Set<String> ORGANISATION_NAME_WORDS = Set.of("bank", "authority", "council", "agency",
            "ministry", "group", "corporation", "company", "commission", "institute", "university", "foundation",
            "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "holdings", "airlines", "airways", "motors");

    /** Participles that put a document out ("posted", "issued"), for {@link #publishedByOwner}. */
    private static final Set<String> PUBLISHED = Set.of("posted", "published", "issued", "released", "filed", "sent",
            "circulated", "distributed", "signed", "submitted");
    /** How far after such a participle its owner may be named ("posted on the hospital's website"). */
    private static final int MAX_CHANNEL = 6;
    private final AttributionLexicon lexicon;
    private final NamedPersonRoles roles;

    SourceTyper(AttributionLexicon lexicon, NamedPersonRoles roles) {
        this.lexicon = lexicon;
        this.roles = roles;
    }

    /** The type, head word and "former" mark of the mention {@code [from, to)}; UNKNOWN when it has no word. */
    Typed type(List<Token> tokens, int from, int to) {
        if (to - from > 3 && tokens.get(to - 1).is(")") && tokens.get(to - 3).is("(")) {
            // "the Health Protection Agency (HPA)": the bracketed acronym repeats the name.
            return type(tokens, from, to - 3);
        }
        int coreEnd = MentionParts.indexOf(tokens, ",", from, to);
        int headEnd = MentionParts.headEnd(tokens, from, coreEnd);
        int headAt = MentionParts.lastWord(tokens, from, headEnd);
        if (headAt < 0) {
            return new Typed(SourceType.UNKNOWN, "", false);
        }
        Token head = tokens.get(headAt);
        boolean former = MentionParts.any(tokens, from, coreEnd, "former");
        return new Typed(typeOf(tokens, from, to, coreEnd, headAt, former), head.bare(), former);
    }

    private SourceType typeOf(List<Token> tokens, int from, int to, int coreEnd, int headAt, boolean former) {
        String head = tokens.get(headAt).bare();
        boolean named = MentionParts.appositiveIsName(tokens, coreEnd, to);
        if (headAt == from && lexicon.isSource("pronoun", head)) {
            return SourceType.PRONOUN;
        }
        if (isOutlet(tokens, from, headAt)) {
            return SourceType.NEWS_OUTLET;
        }
        if (tokens.get(headAt).capitalised() && headAt > from && describedAsOrganisation(tokens, from, headAt)) {
            return SourceType.ORGANISATION;
        }
        if (lexicon.isSource("group-noun", head)) {
            return SourceType.UNNAMED_GROUP;
        }
        if (lexicon.isSource("person-noun", head) && !named) {
            return SourceType.UNNAMED_PERSON;
        }
        if (lexicon.isSource("spokes-noun", head) && !named) {
            return SourceType.SPOKESPERSON;
        }
        if (lexicon.isSource("document", head)) {
            return documentType(tokens, from, to, headAt);
        }
        SourceType type = titledOrNamedType(tokens, from, to, headAt, former, named);
        return type == SourceType.UNKNOWN && coreEnd + 1 < to ? type(tokens, coreEnd + 1, to).type() : type;
    }

    /**
     * "Footage broadcast by state television", "the memo, signed by chief executive Dana Whitcombe": a
     * mention whose head a participle hands to an agent rests on that agent (rule 2). UNKNOWN when there
     * is no such agent or it is only a bare name.
     */
    private SourceType agentType(List<Token> tokens, int headAt, int to, Set<String> participles) {
        int by = agentAt(tokens, headAt, to, participles);
        if (by < 0) {
            return SourceType.UNKNOWN;
        }
        int end = MentionParts.indexOf(tokens, ",", by + 1, to);
        SourceType author = by + 1 < end ? type(tokens, by + 1, end).type() : SourceType.UNKNOWN;
        return author == SourceType.NAMED_PERSON ? SourceType.UNKNOWN : author;
    }

    /**
     * The index of a "by" that a participle after the head introduces ("verified by"), or -1; only the
     * given participles count when that set is not empty.
     */
    static int agentAt(List<Token> tokens, int headAt, int to, Set<String> participles) {
        for (int k = headAt + 2; k < Math.min(to, headAt + MAX_AGENT_DISTANCE + 1); k++) {
            Token t = tokens.get(k);
            if (t.is("by") && participle(tokens.get(k - 1))
                    && (participles.isEmpty() || participles.contains(tokens.get(k - 1).lower()))) {
                return k;
            }
            if (t.is(";") || t.kind() == Token.Kind.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean participle(Token t) {
        String w = t.lower();
        return t.word() && !t.capitalised() && (w.length() > 4 && (w.endsWith("ed") || w.endsWith("en"))
                || IRREGULAR_PARTICIPLES.contains(w));
    }

    /**
     * A document is typed by its author when "by" names one right after it ("estimates by analysts" rest
     * on the analysts, rule 2); otherwise it is owned or ownerless.
     */
    private SourceType documentType(List<Token> tokens, int from, int to, int headAt) {
        if (headAt + 2 < to && tokens.get(headAt + 1).is("by")) {
            SourceType author = type(tokens, headAt + 2, to).type();
            if (author != SourceType.UNKNOWN && author != SourceType.NAMED_PERSON) {
                return author;
            }
        }
        SourceType author = agentType(tokens, headAt, to, AUTHORSHIP);
        if (author != SourceType.UNKNOWN) {
            return author;
        }
        if (ownerlessPhrase(tokens, from, headAt)) {
            return SourceType.OWNERLESS_DOCUMENT;
        }
        return owned(tokens, from, to, headAt) ? SourceType.DOCUMENT : SourceType.OWNERLESS_DOCUMENT;
    }

    /** "Intelligence reports suggest": a listed ownerless phrase is the whole mention, capitalised only to open the sentence. */
    private boolean ownerlessPhrase(List<Token> tokens, int from, int headAt) {
        StringBuilder phrase = new StringBuilder();
        for (int k = from; k <= headAt; k++) {
            phrase.append(k == from ? "" : " ").append(k == headAt ? tokens.get(k).bare() : tokens.get(k).lower());
        }
        return headAt > from && lexicon.isSource("ownerless-document", phrase.toString());
    }

    /** Heads that are titles, organisations, places or names; whatever is left is an unlisted common noun. */
    private SourceType titledOrNamedType(List<Token> tokens, int from, int to, int headAt, boolean former,
                                         boolean named) {
        String head = tokens.get(headAt).bare();
        if (lexicon.isSource("official-title", head)) {
            if (named) {
                return former ? SourceType.NAMED_EXPERT : SourceType.NAMED_OFFICIAL;
            }
            if (!plural(head)) {
                return SourceType.OFFICE_TITLE;
            }
            // "the museum's trustees" speak as the body they belong to; "two cabinet ministers" do not.
            return MentionParts.hasPossessive(tokens, from, headAt) ? SourceType.ORGANISATION : SourceType.UNNAMED_GROUP;
        }
        if (lexicon.isSource("expert-title", head)) {
            return named ? SourceType.NAMED_EXPERT : SourceType.UNNAMED_PERSON;
        }
        if (lexicon.isSource("org-noun", head) || suffixIn(tokens, from, headAt, "org-noun") || isPlace(tokens, from, headAt)
                || acronym(tokens.get(headAt))) {
            return SourceType.ORGANISATION;
        }
        if (headAt == from && (occupationalPlural(head) || plural(head) && headAt + 1 < tokens.size() && tokens.get(headAt + 1).is("who"))) {
            // "Scouts who have watched him say": a capitalised plural opening the sentence is a group.
            return SourceType.UNNAMED_GROUP;
        }
        SourceType agent = agentType(tokens, headAt, to, Set.of());
        if (agent != SourceType.UNKNOWN) {
            // "Pictures verified by the Associated Press": evidence rests on whoever vouches for it.
            return agent;
        }
        if (tokens.get(headAt).capitalised() || tokens.get(headAt).kind() == Token.Kind.WORD && named) {
            SourceType role = roles.type(tokens, from, to, former);
            // "The Essenvale Constabulary", "the International Cycling Unit": a person's name takes no article.
            return role == SourceType.NAMED_PERSON && (definiteName(tokens, from, headAt) || organisationShaped(tokens, from, headAt))
                    ? SourceType.ORGANISATION : role;
        }
        return unknownCommonNoun(tokens.get(from), head);
    }

    /**
     * "Grid operator MerGrid", "the rights group OpenWire Watch": a name whose nearest lower-case
     * descriptor is an organisation noun names an organisation, not a person.
     */
    private boolean describedAsOrganisation(List<Token> tokens, int from, int headAt) {
        for (int k = headAt - 1; k >= from; k--) {
            Token t = tokens.get(k);
            if (t.word() && !t.capitalised()) {
                return !MentionParts.DETERMINERS.contains(t.lower()) && lexicon.isSource("org-noun", t.bare())
                        && !lexicon.isSource("official-title", t.bare());
            }
        }
        return false;
    }

    /** "The Coastguard said": "the" followed only by capitalised words up to the head. */
    private static boolean definiteName(List<Token> tokens, int from, int headAt) {
        if (headAt == from || !tokens.get(from).is("the")) {
            return false;
        }
        for (int k = from + 1; k <= headAt; k++) {
            if (!tokens.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Europol", "Brightcorp", "OpenWire", "Bank Mandiri": a bare name shaped like an organisation's -- one
     * word with an organisation ending or an inner capital, or a name containing an organisation word
     * before its last word. Surname shapes ("MacLeod", "DeSantis") and a final "Banks" stay people.
     */
    private static boolean organisationShaped(List<Token> tokens, int from, int headAt) {
        int first = tokens.get(from).is("the") ? from + 1 : from;
        boolean organisationWord = false;
        for (int k = first; k < headAt; k++) {
            if (!tokens.get(k).capitalised()) {
                // "Bank teller Yvonne Castille": a lower-case descriptor makes it a person's name.
                return false;
            }
            organisationWord |= ORGANISATION_NAME_WORDS.contains(tokens.get(k).lower());
        }
        if (first != headAt) {
            return organisationWord;
        }
        String name = tokens.get(headAt).bare();
        for (String ending : ORGANISATION_ENDINGS) {
            if (name.length() > ending.length() + 2 && name.endsWith(ending)) {
                return true;
            }
        }
        return innerCapital(tokens.get(headAt).text());
    }

    /** "OpenWire", "NordaGas": a capital after at least three letters, not a "Mac"/"Van" surname. */
    private static boolean innerCapital(String word) {
        if (word.startsWith("Mac") || word.startsWith("Van") || word.startsWith("Von") || word.startsWith("Fitz")) {
            return false;
        }
        for (int i = 3; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "The FBI", "the CDC": an initialism of two to five capitals names an organisation, not a person. */
    private static boolean acronym(Token head) {
        String text = head.text();
        return text.length() >= 2 && text.length() <= 5 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** An unlisted common noun: "court watchers" are unnamed people; "a farmer" is one unnamed person. */
    private static SourceType unknownCommonNoun(Token first, String head) {
        if (plural(head)) {
            return SourceType.UNNAMED_GROUP;
        }
        boolean indefinite = first.is("a") || first.is("an") || first.is("one") || first.is("another");
        return indefinite ? SourceType.UNNAMED_PERSON : SourceType.UNKNOWN;
    }

    /** Plural job nouns ("Endocrinologists", "Economists") even when capitalised at the start of a sentence. */
    private static boolean occupationalPlural(String word) {
        return word.length() > 6 && (word.endsWith("ists") || word.endsWith("ians") || word.endsWith("ologists"));
    }

    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
    }

    private boolean isOutlet(List<Token> tokens, int from, int headAt) {
        if (suffixIn(tokens, from, headAt, "outlet")) {
            return true;
        }
        Token head = tokens.get(headAt);
        return head.capitalised() && lexicon.isSource("outlet-word", head.bare());
    }

    private boolean isPlace(List<Token> tokens, int from, int headAt) {
        return suffixIn(tokens, from, headAt, "place");
    }

    /** Whether the last 1-3 words ending at headAt (without a leading "the") form an entry of the category. */
    private boolean suffixIn(List<Token> tokens, int from, int headAt, String category) {
        if (!lexicon.endsSource(category, tokens.get(headAt).bare())) {
            return false;
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = headAt; k >= Math.max(from, headAt - 3); k--) {
            phrase.insert(0, k == headAt ? tokens.get(k).bare() : tokens.get(k).lower() + " ");
            if (lexicon.isSource(category, phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    /** A document is owned when a possessive, a capitalised modifier, "by/of/from X" or a definite article names it. */
    private boolean owned(List<Token> tokens, int from, int to, int headAt) {
        if (hasOwnerModifier(tokens, from, headAt)) {
            return true;
        }
        if (headAt + 2 < to + 1 && headAt + 1 < tokens.size()) {
            Token next = tokens.get(headAt + 1);
            if ((next.is("by") || next.is("from") || next.is("of")) && headAt + 1 < to) {
                return true;
            }
        }
        if (publishedByOwner(tokens, to, headAt)) {
            return true;
        }
        Token first = tokens.get(from);
        boolean singular = !tokens.get(headAt).lower().endsWith("s") || tokens.get(headAt).lower().endsWith("ss");
        return singular && (first.is("the") || first.is("this") || first.is("its") || first.is("their"));
    }

    /**
     * "notices posted on the hospital's website", "a memo circulated by the board": a document put out
     * through an owner's channel or by an agent is that owner's.
     */
    private static boolean publishedByOwner(List<Token> tokens, int to, int headAt) {
        if (headAt + 1 >= to || !PUBLISHED.contains(tokens.get(headAt + 1).lower())) {
            return false;
        }
        for (int k = headAt + 2; k < to && k <= headAt + MAX_CHANNEL; k++) {
            Token t = tokens.get(k);
            if (t.is("by") || !t.bare().equals(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A possessive ("the ministry's report"), a capitalised modifier ("the Treasury report") or a body named
     * by its kind ("police statistics", "court records", "official figures") before the head.
     */
    private boolean hasOwnerModifier(List<Token> tokens, int from, int headAt) {
        for (int k = from; k < headAt; k++) {
            Token t = tokens.get(k);
            if (!t.bare().equals(t.lower()) || (k > from && t.capitalised()) || (k == from && t.capitalised()
                    && !MentionParts.DETERMINERS.contains(t.lower())) || OFFICIAL.equals(t.lower())
                    || lexicon.isSource("org-noun", t.lower()) && !UNOWNED_MODIFIERS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
