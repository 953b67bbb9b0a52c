package org.claimscorer.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one sentence: attribution cues with their sources, hedges, denials, anonymity markers and
 * quotes. Every scan is bounded by the sentence, so cost is linear in its length. Immutable and
 * thread-safe.
 */
final class SentenceReader {

    private static final Set<String> NOT_BEFORE_VERB = Set.of("the", "a", "an", "these", "those", "this", "its", "their", "his", "her", "our", "my", "your", "of", "in", "on", "for", "with", "to", "by", "from", "new", "recent", "earlier", "media", "press", "news", "unconfirmed", "such", "any", "no", "some", "many", "several", "first", "latest", "initial", "widely", "so", "as", "be", "been", "is", "are", "was", "were");
    /** Cue forms that are also common nouns ("a phone call", "the report"): cues only after a plausible subject. */
    private static final Set<String> NOUN_FORMS = Set.of("call", "report", "claim", "estimate", "note", "comment",
            "remark", "post", "quote", "answer", "signal", "tweet", "forecast", "stress", "reply", "promise", "find",
            "show", "state", "point", "caution", "brief", "project", "vow", "blame", "cite", "recall", "rule", "rules",
            "calls", "reports", "claims", "estimates", "notes", "comments", "remarks", "posts", "quotes", "signals",
            "tweets", "forecasts", "promises", "shows", "states", "points");
    private static final Set<String> BASE_FORMS = Set.of("call", "report", "claim", "estimate", "note", "comment",
            "remark", "post", "quote", "answer", "signal", "tweet", "forecast", "stress", "reply", "promise", "find",
            "show", "state", "point", "caution", "brief", "project", "vow", "blame", "cite", "recall", "rule");
    private static final Set<String> BE_PARTICIPLE_EXCEPTIONS = Set.of("need", "red", "bed", "shed", "speed");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("they", "we", "i", "you", "he", "she", "it", "who");
    private static final Set<String> DENIAL_VERBS = Set.of("deny", "denies", "denied", "denying", "dismiss",
            "dismisses", "dismissed", "dismissing", "reject", "rejects", "rejected", "rejecting", "refute", "refutes",
            "refuted", "refuting", "dispute", "disputes", "disputed", "disputing", "rebut", "rebuts", "rebutted",
            "contest", "contested", "contests", "repudiate", "repudiated");
    private static final Set<String> DOCUMENT_ONLY = Set.of("find", "show", "indicate", "project", "forecast", "post");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "although", "though", "despite", "whereas", "unless");
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("after", "before", "because", "since", "when", "while", "once", "if", "although", "though", "despite", "whereas", "unless", "until");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "nor", "neither", "no", "didn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "doesn't", "don't", "declined", "refused", "without");
    private static final Set<String> NOT_DENIED_THINGS = Set.of("bail", "entry", "access", "permission", "visa", "visas", "parole", "asylum", "funding", "treatment", "service", "admission", "boarding", "him", "her", "them", "a", "an");

    private final AttributionLexicon lexicon;
    private final SourceTyper typer;
    private final SourceFinder finder = new SourceFinder();

    SentenceReader(AttributionLexicon lexicon) {
        this.lexicon = lexicon;
        this.typer = new SourceTyper(lexicon);
    }

    SentenceReading read(List<Token> tokens, int from, int to) {
        boolean headline = isHeadline(tokens, from, to);
        List<Marker> hedges = hedges(tokens, from, to);
        List<Attribution> attributions = attributions(tokens, from, to, headline, hedges);
        List<Marker> denials = new ArrayList<>();
        boolean negated = denials(tokens, from, to, denials);
        List<Marker> anonymity = markers(lexicon.anonymity(), tokens, from, to);
        return new SentenceReading(from, to, headline, attributions, hedges, denials, negated, anonymity,
                quotes(tokens, from, to), typer.subjectType(tokens, from, to),
                denier(tokens, from, to, denials, attributions), complementizers(tokens, from, to));
    }

    private List<Marker> hedges(List<Token> tokens, int from, int to) {
        List<Marker> hedges = new ArrayList<>();
        for (PhraseMatcher.Match m : lexicon.hedges().find(tokens, from, to)) {
            Token first = tokens.get(m.from());
            boolean month = first.is("may") && (first.capitalised() && m.from() > from
                    || m.to() < to && tokens.get(m.to()).kind() == Token.Kind.NUMBER);
            boolean ownedEvidence = (first.is("reports") || first.is("estimates")) && m.from() > from
                    && tokens.get(m.from() - 1).word() && !tokens.get(m.from() - 1).is("that");
            if (!month && !ownedEvidence) {
                hedges.add(new Marker(m.phrase(), m.from(), m.to(), subordinate(tokens, from, m.from())));
            }
        }
        return hedges;
    }

    private List<Attribution> attributions(List<Token> tokens, int from, int to, boolean headline, List<Marker> hedges) {
        List<Attribution> found = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Attribution attribution = attributionAt(tokens, from, to, k, headline, hedges);
            if (attribution != null) {
                found.add(attribution);
                k = Math.max(k, attribution.cueTo() - 1);
            }
        }
        return found;
    }

    private Attribution attributionAt(List<Token> tokens, int from, int to, int k, boolean headline, List<Marker> hedges) {
        Token t = tokens.get(k);
        if ((t.is("according") && next(tokens, k, to, "to")) || (t.is("as") && next(tokens, k, to, "per"))) {
            return prepositional(tokens, from, to, k, k + 2, t.lower() + " " + tokens.get(k + 1).lower());
        }
        if (t.is("citing")) {
            return prepositional(tokens, from, to, k, k + 1, "cite");
        }
        if (t.is(":") && k > from && k - from <= 5 && k + 1 < to && !tokens.get(from).is("\"")) {
            SourceFinder.Range speaker = finder.leftPhrase(tokens, from, k - 1);
            return speaker.found() && speaker.from() == from ? attribution(tokens, from, "colon", k, k + 1, speaker, false) : null;
        }
        String lemma = lexicon.cueLemma(t.lower());
        if (lemma == null || insideAny(hedges, k) || (t.capitalised() && k > from && !headline)
                || !plausibleVerb(tokens, from, k)) {
            return null;
        }
        Attribution attribution = verbAttribution(tokens, from, to, k, lemma);
        boolean documentCue = DOCUMENT_ONLY.contains(lemma) && !next(tokens, k, to, "that")
                && attribution.type() != SourceType.DOCUMENT && attribution.type() != SourceType.OWNERLESS_DOCUMENT;
        return documentCue || !completes(tokens, to, k, lemma) ? null : attribution;
    }

    /** Verbs that report speech only with the right complement: "laid out", "agreed that", "added that" (not "added 200"). */
    private static boolean completes(List<Token> tokens, int to, int k, String lemma) {
        Token next = k + 1 < to ? tokens.get(k + 1) : null;
        return switch (lemma) {
            case "lay" -> next != null && next.is("out");
            case "agree" -> next == null || next.is("that") || next.is(",");
            case "add" -> next == null || next.kind() != Token.Kind.NUMBER;
            default -> true;
        };
    }

    private Attribution prepositional(List<Token> tokens, int from, int to, int cueFrom, int cueTo, String lemma) {
        SourceFinder.Range source = finder.rightPhrase(tokens, cueTo, to, true);
        return attribution(tokens, from, lemma, cueFrom, cueTo, source, false);
    }

    private Attribution verbAttribution(List<Token> tokens, int from, int to, int k, String lemma) {
        int left = k - 1;
        while (left >= from && SourceFinder.SKIPPABLE.contains(tokens.get(left).lower())) {
            left--;
        }
        if (left >= from && SourceFinder.BE.contains(tokens.get(left).lower())) {
            boolean agent = next(tokens, k, to, "by");
            SourceFinder.Range source = agent ? finder.rightPhrase(tokens, k + 2, to, true) : SourceFinder.Range.NONE;
            return attribution(tokens, from, lemma, k, k + 1, source, !agent);
        }
        return attribution(tokens, from, lemma, k, k + 1, sourceOfVerb(tokens, from, to, k, left), false);
    }

    private SourceFinder.Range sourceOfVerb(List<Token> tokens, int from, int to, int k, int left) {
        boolean boundaryBefore = left < from || tokens.get(left).kind() == Token.Kind.QUOTE || tokens.get(left).is(",")
                || tokens.get(left).is(":") || tokens.get(left).is("\u2014") || tokens.get(left).is("-");
        if (!boundaryBefore) {
            return finder.leftPhrase(tokens, from, left);
        }
        SourceFinder.Range right = k + 1 < to && finder.startsPhrase(tokens.get(k + 1))
                ? finder.rightPhrase(tokens, k + 1, to, false) : SourceFinder.Range.NONE;
        if (right.found() && endsSentence(tokens, right.to(), to)) {
            return right;
        }
        SourceFinder.Range appositive = left >= from && tokens.get(left).is(",")
                ? finder.appositiveBefore(tokens, from, left) : SourceFinder.Range.NONE;
        return appositive.found() ? appositive : right;
    }

    private Attribution attribution(List<Token> tokens, int from, String lemma, int cueFrom, int cueTo,
                                     SourceFinder.Range source, boolean passive) {
        String cue = tokens.get(cueFrom).text();
        boolean subordinate = subordinate(tokens, from, Math.min(cueFrom, source.found() ? source.from() : cueFrom));
        if (!source.found()) {
            return new Attribution(lemma, cue, cueFrom, cueTo, -1, -1, SourceType.UNKNOWN, "", false, subordinate, passive);
        }
        int[] conjunct = typer.strongestConjunct(tokens, source.from(), source.to());
        SourceTyper.Typed typed = typer.type(tokens, conjunct[0], conjunct[1]);
        int mentionTo = conjunct[1] == source.to() ? source.mentionTo() : conjunct[1];
        return new Attribution(lemma, cue, cueFrom, cueTo, conjunct[0], mentionTo, typed.type(), typed.head(),
                typed.former(), subordinate, passive);
    }

    private boolean denials(List<Token> tokens, int from, int to, List<Marker> out) {
        boolean negated = false;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            boolean strong = lexicon.isDenialWord("strong", w) && !deniedThing(tokens, k, to);
            boolean object = lexicon.isDenialWord("object", w) && aimsAtClaim(tokens, from, to, k);
            if (strong || object) {
                if (negatedAt(tokens, from, k)) {
                    negated = true;
                } else {
                    out.add(new Marker(w, k, k + 1, subordinate(tokens, from, k)));
                }
            }
        }
        for (PhraseMatcher.Match m : lexicon.denialPhrases().find(tokens, from, to)) {
            out.add(new Marker(m.phrase(), m.from(), m.to(), subordinate(tokens, from, m.from())));
        }
        return negated;
    }

    /** Who denies: the subject of a denial verb, the owner of "X's denial", or the speaker of "X called it a hoax". */
    private Attribution denier(List<Token> tokens, int from, int to, List<Marker> denials, List<Attribution> attributions) {
        for (Marker denial : denials) {
            int k = denial.from();
            Token word = tokens.get(k);
            if (DENIAL_VERBS.contains(word.lower())) {
                Attribution agent = verbAttribution(tokens, from, to, k, "deny");
                if (agent.hasSource()) {
                    return agent;
                }
                Attribution antecedent = relativeAntecedent(tokens, from, k);
                if (antecedent != null) {
                    return antecedent;
                }
            } else if (k > from && !tokens.get(k - 1).bare().equals(tokens.get(k - 1).lower())) {
                SourceFinder.Range owner = finder.leftPhrase(tokens, from, k - 1);
                if (owner.found()) {
                    return attribution(tokens, from, "deny", k, k + 1, owner, false);
                }
            }
            for (Attribution a : attributions) {
                if (a.hasSource() && a.cueFrom() < k) {
                    return a;
                }
            }
        }
        return null;
    }

    /** "X, who has denied ...": the X a relative pronoun before a denial verb stands for. */
    private Attribution relativeAntecedent(List<Token> tokens, int from, int k) {
        int left = k - 1;
        while (left >= from && SourceFinder.SKIPPABLE.contains(tokens.get(left).lower())) {
            left--;
        }
        if (left - 1 <= from || !tokens.get(left).is("who") || !tokens.get(left - 1).is(",")) {
            return null;
        }
        SourceFinder.Range antecedent = finder.leftPhrase(tokens, from, left - 2);
        return antecedent.found() ? attribution(tokens, from, "deny", k, k + 1, antecedent, false) : null;
    }

    /**
     * The type given to a person where the context first names them before {@code before}: the surname's
     * first occurrence with the capitalised words and titles before it and an appositive after it.
     * {@link SourceType#UNKNOWN} when the surname does not occur or carries no role there.
     */
    SourceType introducedType(List<Token> tokens, String surname, int before) {
        for (int j = 0; j < tokens.size() && tokens.get(j).end() <= before; j++) {
            if (tokens.get(j).capitalised() && tokens.get(j).bare().equals(surname)) {
                int start = j;
                while (start > 0 && j - start < 6 && introducesName(tokens.get(start - 1))) {
                    start--;
                }
                int end = j + 1;
                if (end < tokens.size() && tokens.get(end).is(",")) {
                    end = appositiveEnd(tokens, end);
                }
                SourceType type = typer.type(tokens, start, end).type();
                return type == SourceType.NAMED_OFFICIAL || type == SourceType.NAMED_EXPERT ? type : SourceType.UNKNOWN;
            }
        }
        return SourceType.UNKNOWN;
    }

    private boolean introducesName(Token token) {
        return token.capitalised() || lexicon.isSource("official-title", token.bare())
                || lexicon.isSource("expert-title", token.bare()) || lexicon.isSource("former", token.lower());
    }

    private static int appositiveEnd(List<Token> tokens, int comma) {
        int k = comma + 1;
        while (k < tokens.size() && k - comma <= 14 && !tokens.get(k).is(",") && !tokens.get(k).is(".")
                && !tokens.get(k).is(";") && tokens.get(k).kind() != Token.Kind.QUOTE) {
            k++;
        }
        return k;
    }

    private static Set<Integer> complementizers(List<Token> tokens, int from, int to) {
        Set<Integer> positions = new java.util.HashSet<>();
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("that") || tokens.get(k).is(":")) {
                positions.add(k);
            }
        }
        return positions;
    }

    private boolean deniedThing(List<Token> tokens, int k, int to) {
        return tokens.get(k).lower().startsWith("denied") && k + 1 < to
                && NOT_DENIED_THINGS.contains(tokens.get(k + 1).lower());
    }

    private boolean aimsAtClaim(List<Token> tokens, int from, int to, int k) {
        for (int j = k + 1; j < Math.min(to, k + 9); j++) {
            if (lexicon.isDenialWord("claim-noun", tokens.get(j).bare()) || tokens.get(j).is("as") && j > k + 1) {
                return true;
            }
        }
        for (int j = Math.max(from, k - 4); j < k; j++) {
            if (lexicon.isDenialWord("claim-noun", tokens.get(j).bare())) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedAt(List<Token> tokens, int from, int k) {
        for (int j = Math.max(from, k - 3); j < k; j++) {
            String w = tokens.get(j).lower();
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private List<Marker> markers(PhraseMatcher matcher, List<Token> tokens, int from, int to) {
        List<Marker> out = new ArrayList<>();
        for (PhraseMatcher.Match m : matcher.find(tokens, from, to)) {
            out.add(new Marker(m.phrase(), m.from(), m.to(), subordinate(tokens, from, m.from())));
        }
        return out;
    }

    /** Double-quoted passages: curly quotes pair by direction, straight quotes alternate. */
    private static List<Marker> quotes(List<Token> tokens, int from, int to) {
        List<Marker> quotes = new ArrayList<>();
        int open = -1;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            boolean opening = t.is("\u201C") || t.is("\u00AB") || t.is("\u201E") || (t.is("\"") && open < 0);
            boolean closing = t.is("\u201D") || t.is("\u00BB") || (t.is("\"") && open >= 0);
            if (closing && open >= 0) {
                quotes.add(new Marker("quote", open, k + 1, false));
                open = -1;
            } else if (closing && quotes.isEmpty() && k > from) {
                quotes.add(new Marker("quote", from, k + 1, false));
            } else if (opening && open < 0) {
                open = k;
            }
        }
        if (open >= 0 && open + 1 < to) {
            quotes.add(new Marker("quote", open, to, false));
        }
        return quotes;
    }

    /** Whether token k sits in a relative, concessive or adverbial clause of the sentence. */
    static boolean subordinate(List<Token> tokens, int from, int k) {
        for (int j = k - 1; j >= from; j--) {
            Token t = tokens.get(j);
            if (RELATIVES.contains(t.lower())) {
                return true;
            }
            if (t.is(",") || t.is(";") || t.is("(") || t.is("\u2014") || t.kind() == Token.Kind.QUOTE) {
                return j + 1 < k && ADVERBIAL_OPENERS.contains(tokens.get(j + 1).lower());
            }
        }
        return ADVERBIAL_OPENERS.contains(tokens.get(from).lower()) && from < k;
    }

    private boolean plausibleVerb(List<Token> tokens, int from, int k) {
        if (k == from) {
            return true;
        }
        Token before = tokens.get(k - 1);
        boolean nounForm = NOUN_FORMS.contains(tokens.get(k).lower());
        if (nounForm && k + 1 < tokens.size() && lexicon.cueLemma(tokens.get(k + 1).lower()) != null) {
            return false;
        }
        if (nounForm && k + 1 < tokens.size() && tokens.get(k + 1).is("that")) {
            return true;
        }
        boolean possessiveOrParticiple = !before.bare().equals(before.lower())
                || before.word() && before.lower().endsWith("ed") && !BE_PARTICIPLE_EXCEPTIONS.contains(before.lower());
        if (nounForm && possessiveOrParticiple) {
            return false;
        }
        if (nounForm && !BASE_FORMS.contains(tokens.get(k).lower())) {
            return !NOT_BEFORE_VERB.contains(before.lower());
        }
        if (nounForm && before.word()) {
            String w = before.bare();
            return SUBJECT_PRONOUNS.contains(w) || w.endsWith("s") && !w.endsWith("ss") && !NOT_BEFORE_VERB.contains(w)
                    || SourceFinder.SKIPPABLE.contains(w);
        }
        return !NOT_BEFORE_VERB.contains(before.lower()) || SourceFinder.BE.contains(before.lower());
    }

    private static boolean isHeadline(List<Token> tokens, int from, int to) {
        Token last = tokens.get(to - 1);
        if (last.is(".") || last.is("?") || last.is("!") || last.kind() == Token.Kind.QUOTE) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.word() && t.lower().length() > 3) {
                words++;
                capitalised += t.capitalised() ? 1 : 0;
            }
        }
        return words >= 2 && capitalised * 10 >= words * 6;
    }

    private static boolean endsSentence(List<Token> tokens, int at, int to) {
        return at >= to || tokens.get(at).is(".") || tokens.get(at).is("!") || tokens.get(at).is("?")
                || tokens.get(at).kind() == Token.Kind.QUOTE || tokens.get(at).is(",") || tokens.get(at).is(";")
                || tokens.get(at).word() && (tokens.get(at).is("in") || tokens.get(at).is("on")
                || tokens.get(at).is("told") || tokens.get(at).is("during") || tokens.get(at).is("last"));
    }

    private static boolean next(List<Token> tokens, int k, int to, String lower) {
        return k + 1 < to && tokens.get(k + 1).is(lower);
    }

    private static boolean insideAny(List<Marker> markers, int k) {
        for (Marker m : markers) {
            if (k >= m.from() && k < m.to()) {
                return true;
            }
        }
        return false;
    }
}
