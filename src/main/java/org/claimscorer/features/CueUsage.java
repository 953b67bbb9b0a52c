package org.claimscorer.features;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a cue word is used as a reporting verb where it stands. Many cue forms are also
 * nouns ("a phone call", "the report") or need the right complement ("added that", not "added 200"),
 * so a lexicon hit alone would invent attributions. Immutable and thread-safe.
 */
final class CueUsage {

    private static final Set<String> NOT_BEFORE_VERB = Set.of("the", "a", "an", "these", "those", "this", "its",
            "their", "his", "her", "our", "my", "your", "of", "in", "on", "for", "with", "to", "by", "from", "new",
            "recent", "earlier", "media", "press", "news", "unconfirmed", "such", "any", "no", "some", "many",
            "several", "first", "latest", "initial", "widely", "so", "as", "be", "been", "is", "are", "was", "were");
    /** Words of {@link #NOT_BEFORE_VERB} after which a cue form is a noun even before "that" ("the claim that"). */
    private static final Set<String> NOUN_MODIFIERS = Set.of("the", "a", "an", "these", "those", "this", "its",
            "their", "his", "her", "our", "my", "your", "new", "recent", "earlier", "media", "press", "news",
            "unconfirmed", "such", "any", "no", "some", "first", "latest", "initial");
    /** Cue forms that are also common nouns: cues only after a plausible subject. */
    private static final Set<String> NOUN_FORMS = Set.of("call", "report", "claim", "estimate", "note", "comment",
            "remark", "post", "quote", "answer", "signal", "tweet", "forecast", "stress", "reply", "promise", "find",
            "show", "state", "point", "caution", "brief", "project", "vow", "blame", "cite", "recall", "rule", "rules",
            "calls", "reports", "claims", "estimates", "notes", "comments", "remarks", "posts", "quotes", "signals",
            "tweets", "forecasts", "promises", "shows", "states", "points", "hint", "hints", "flags", "highlights",
            "counters", "walks");
    private static final Set<String> BASE_FORMS = Set.of("call", "report", "claim", "estimate", "note", "comment",
            "remark", "post", "quote", "answer", "signal", "tweet", "forecast", "stress", "reply", "promise", "find",
            "show", "state", "point", "caution", "brief", "project", "vow", "blame", "cite", "recall", "rule", "hint");
    private static final Set<String> BE_PARTICIPLE_EXCEPTIONS = Set.of("need", "red", "bed", "shed", "speed");
    /** Words of {@link #NOT_BEFORE_VERB} that, capitalised inside a sentence, end an outlet's name. */
    private static final Set<String> OUTLET_NAME_ENDS = Set.of("press", "news", "media");
    /** "concluded the talks", "concluded its review": an object after "conclude" makes it an action. */
    private static final Set<String> ARTICLE_OBJECTS = Set.of("the", "a", "an", "its", "their", "his", "her", "our");
    /** Words that make "X media" an outlet ("state media reported"), not a modifier ("media reports"). */
    private static final Set<String> MEDIA_OWNERS = Set.of("state", "local", "national", "foreign", "official",
            "independent", "regional", "international", "government", "pro-government", "opposition");
    /** What may follow "ruled"/"ruling" as a verdict ("ruled that", "ruling on"); "the ruling party" is none. */
    private static final Set<String> RULING_COMPLEMENTS = Set.of("that", "on", "against", "in", "out", ",", "for");
    /** "A group calling itself Save the Park": naming oneself, not a statement ("called off" is an act too). */
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself");
    /** How many words the object of a directive "told" may have before "to". */
    private static final int MAX_DIRECTIVE_OBJECT = 4;
    /** Words after a noun-like cue form that make it the subject ("reports are", "calls have grown"). */
    private static final Set<String> FINITE_AFTER_SUBJECT = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "could", "may", "might", "can", "should");
    /** What "put the figure at" can put: a number's noun ("put the death toll at 40"); "put the plant at risk" is none. */
    private static final Set<String> FIGURE_NOUNS = Set.of("figure", "figures", "number", "numbers", "toll", "total",
            "tally", "count", "cost", "costs", "bill", "damage", "losses", "loss", "value", "price", "estimate",
            "shortfall", "deficit", "turnout", "rate", "odds", "chance", "chances", "probability");
    /** What "painted" paints when it reports a view ("painted a bleak picture of"). */
    private static final Set<String> PICTURES = Set.of("picture", "portrait");
    /** What "floated" floats when it is a statement ("floated the idea of"); "floated shares" is a listing. */
    private static final Set<String> IDEAS = Set.of("idea", "prospect", "possibility", "proposal", "notion",
            "suggestion", "option", "plan", "scenario");
    /** Stances that "voiced" / "highlighted" report ("voiced concern over", "highlighted the risk of"). */
    private static final Set<String> STANCES = Set.of("concern", "concerns", "fears", "doubts", "worries", "risk",
            "risks", "need", "danger", "dangers", "support", "opposition", "scepticism", "skepticism", "objections",
            "reservations", "importance", "threat");
    /** Whom an official "walked through" a plan: an audience, not a place ("walked reporters through the budget"). */
    private static final Set<String> AUDIENCES = Set.of("reporters", "journalists", "lawmakers", "legislators",
            "investors", "analysts", "delegates", "senators", "mps", "councillors", "councilors", "committee", "press",
            "media", "board", "panel", "parliament", "audience", "attendees", "members", "shareholders", "viewers");
    /** How far a cue's telling word may stand after it ("put the overall death toll at"). */
    private static final int MAX_COMPLEMENT = 4;
    /** Prepositions that attach a phrase to a subject ("data from the office", "figures by the agency"). */
    private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("from", "of", "by", "at");
    /** How many words a subject's prepositional phrase may span before the verb. */
    private static final int MAX_SUBJECT_PHRASE = 7;
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("they", "we", "i", "you", "he", "she", "it", "who");

    private final AttributionLexicon lexicon;

    CueUsage(AttributionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the cue word at k, in the sentence starting at from, can be read as a verb. */
    boolean plausibleVerb(List<Token> tokens, int from, int k) {
        if (k == from) {
            return true;
        }
        Token before = tokens.get(k - 1);
        if (NOUN_FORMS.contains(tokens.get(k).lower())) {
            return plausibleNounFormVerb(tokens, k, before);
        }
        return !NOT_BEFORE_VERB.contains(before.lower()) || SourceFinder.BE.contains(before.lower())
                || outletNameEnd(tokens, from, k - 1);
    }

    /**
     * "the Associated Press said", "Sky News reported", "state media confirmed": a capitalised "Press" or
     * "News", or "state media" and "local media", ends an outlet's name.
     */
    private static boolean outletNameEnd(List<Token> tokens, int from, int at) {
        Token word = tokens.get(at);
        return at > from && (word.capitalised() && OUTLET_NAME_ENDS.contains(word.lower())
                || word.is("media") && (tokens.get(at - 1).capitalised() || MEDIA_OWNERS.contains(tokens.get(at - 1).lower())));
    }

    /** "The report said" vs "they report": a noun-like form is a verb only after a subject-like word. */
    private boolean plausibleNounFormVerb(List<Token> tokens, int k, Token before) {
        if (k + 1 < tokens.size() && lexicon.cueLemma(tokens.get(k + 1).lower()) != null) {
            return false;
        }
        if (possessiveOrParticiple(before) || NOUN_MODIFIERS.contains(before.lower())) {
            // "the claim that", "published rules that": a noun with its content clause, not a verb.
            return false;
        }
        if (k + 1 < tokens.size() && tokens.get(k + 1).is("that")) {
            return true;
        }
        if (k + 1 < tokens.size() && FINITE_AFTER_SUBJECT.contains(tokens.get(k + 1).lower())) {
            return false;
        }
        if (!BASE_FORMS.contains(tokens.get(k).lower())) {
            return !NOT_BEFORE_VERB.contains(before.lower());
        }
        if (before.word()) {
            String w = before.bare();
            return SUBJECT_PRONOUNS.contains(w) || pluralNoun(w) || SourceFinder.SKIPPABLE.contains(w)
                    || lexicon.isSource("ownerless-document", w) || pluralBeforeOfPhrase(tokens, k);
        }
        return !NOT_BEFORE_VERB.contains(before.lower()) || SourceFinder.BE.contains(before.lower());
    }

    /** "figures", "data": a subject that takes a plural verb. */
    private static boolean pluralNoun(String w) {
        return w.equals("data") || w.endsWith("s") && !w.endsWith("ss") && !NOT_BEFORE_VERB.contains(w);
    }

    /**
     * "Data from the statistics office show": a plural subject followed by its prepositional phrase makes
     * the base form its verb; the scan stops at the first preposition or at anything but a word.
     */
    private static boolean pluralBeforeOfPhrase(List<Token> tokens, int k) {
        for (int j = k - 2; j > 0 && j >= k - MAX_SUBJECT_PHRASE; j--) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return false;
            }
            if (SUBJECT_PREPOSITIONS.contains(t.lower())) {
                return tokens.get(j - 1).word() && pluralNoun(tokens.get(j - 1).bare());
            }
        }
        return false;
    }

    /** "the minister's report", "a leaked report": the noun reading wins. */
    private static boolean possessiveOrParticiple(Token before) {
        return !before.bare().equals(before.lower())
                || before.word() && before.lower().endsWith("ed") && !BE_PARTICIPLE_EXCEPTIONS.contains(before.lower());
    }

    /** Verbs that report speech only with the right complement: "laid out", "agreed that", "added that" (not "added 200"). */
    static boolean completes(List<Token> tokens, int to, int k, String lemma) {
        Token next = k + 1 < to ? tokens.get(k + 1) : null;
        return switch (lemma) {
            case "lay" -> next != null && next.is("out");
            case "sum" -> next != null && next.is("up");
            case "agree" -> next == null || next.is("that") || next.is(",");
            case "add" -> next == null || next.kind() != Token.Kind.NUMBER;
            case "tell" -> !directive(tokens, to, k);
            case "rule" -> next == null || RULING_COMPLEMENTS.contains(next.lower());
            case "call" -> next == null || !REFLEXIVES.contains(next.lower()) && !next.is("off");
            case "conclude" -> next == null || next.kind() != Token.Kind.NUMBER && !ARTICLE_OBJECTS.contains(next.lower());
            case "put" -> figureAt(tokens, to, k);
            case "paint" -> within(tokens, to, k, PICTURES);
            case "float" -> next != null && (next.is("that") || within(tokens, to, k, IDEAS));
            case "highlight" -> next != null && (next.is("that") || within(tokens, to, k, STANCES));
            case "voice" -> within(tokens, to, k, STANCES);
            case "flag" -> next == null || !next.is("down") && !next.is("off");
            case "counter", "retort" -> next == null || next.is("that") || next.is(",") || next.is(":")
                    || next.kind() == Token.Kind.QUOTE || inverted(tokens, k);
            case "walk" -> audienceThrough(tokens, to, k);
            case "observe", "question" -> next == null || !ARTICLE_OBJECTS.contains(next.lower()) || inverted(tokens, k);
            default -> true;
        };
    }

    /**
     * "observed a minute's silence", "questioned the sale": with an object these are acts, not reports;
     * after a quote or a comma ("..., observed the mayor") the phrase that follows is the speaker.
     */
    private static boolean inverted(List<Token> tokens, int k) {
        return k > 0 && (tokens.get(k - 1).is(",") || tokens.get(k - 1).kind() == Token.Kind.QUOTE);
    }

    /** "put the figure at 3,400", "put the death toll at": a figure noun right before "at" within a few words. */
    private static boolean figureAt(List<Token> tokens, int to, int k) {
        for (int j = k + 2; j < Math.min(to, k + 2 + MAX_COMPLEMENT); j++) {
            Token t = tokens.get(j);
            if (t.is("at")) {
                return FIGURE_NOUNS.contains(tokens.get(j - 1).lower());
            }
            if (!t.word()) {
                return false;
            }
        }
        return false;
    }

    /** Whether one of these words follows the cue within a few words, with no punctuation between. */
    private static boolean within(List<Token> tokens, int to, int k, Set<String> words) {
        for (int j = k + 1; j < Math.min(to, k + 1 + MAX_COMPLEMENT); j++) {
            Token t = tokens.get(j);
            if (words.contains(t.lower())) {
                return true;
            }
            if (!t.word()) {
                return false;
            }
        }
        return false;
    }

    /** "walked reporters through the plan": an audience, then "through"; "walked through the park" is a walk. */
    private static boolean audienceThrough(List<Token> tokens, int to, int k) {
        boolean audience = false;
        for (int j = k + 1; j < Math.min(to, k + 2 + MAX_COMPLEMENT); j++) {
            Token t = tokens.get(j);
            if (t.is("through")) {
                return audience;
            }
            if (!t.word()) {
                return false;
            }
            audience |= AUDIENCES.contains(t.lower());
        }
        return false;
    }

    /** "told residents to stay indoors": an order, not a report of what someone said. */
    private static boolean directive(List<Token> tokens, int to, int k) {
        for (int j = k + 2; j < Math.min(to - 1, k + MAX_DIRECTIVE_OBJECT + 2); j++) {
            Token t = tokens.get(j);
            if (t.is("to")) {
                return tokens.get(j + 1).word() && !NOT_BEFORE_VERB.contains(tokens.get(j + 1).lower());
            }
            if (!t.word() || t.is("that")) {
                return false;
            }
        }
        return false;
    }
}
