package org.claimscorer.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds attribution cues in one sentence and the source each cue attaches to: "according to X",
 * "citing X", "X: ...", "X said", "said X", "X, a professor, said" and agentive passives ("was
 * reported by X"). Every scan is bounded by the sentence. Immutable and thread-safe.
 */
final class CueFinder {

    /** Cues that attribute only to a document ("the audit found") unless a reported clause follows. */
    private static final Set<String> DOCUMENT_ONLY = Set.of("find", "show", "indicate", "post");
    /** Subjects that say nobody spoke ("neither club", "no official", "none"). */
    private static final Set<String> NEGATIVE_SUBJECTS = Set.of("neither", "none", "nobody", "no");
    /**
     * Cues whose subject may follow them ("..., said the minister"); after any other verb the next
     * phrase is its object ("called the plan a mistake"), never its speaker.
     */
    private static final Set<String> INVERTING = Set.of("say", "write", "add", "note", "explain", "observe", "recall",
            "argue", "estimate", "caution", "insist", "predict", "warn", "stress", "emphasize", "conclude", "report",
            "comment", "reply", "respond", "remark", "suggest", "admit", "acknowledge", "concede", "claim", "assert",
            "maintain", "contend", "declare", "reiterate", "quote", "answer", "continue", "counter", "retort",
            "underline", "affirm", "complain", "lament", "boast", "reckon");
    /**
     * Cues that report speech wherever they stand, so they can be the inner link of a chain (rule 2). Any
     * other cue verb has acts among its senses ("inspectors had cited the mine", "a letter informing her
     * of the decision") and reports speech only with a reported clause.
     */
    private static final Set<String> SPEECH = Stream.concat(INVERTING.stream(),
            Stream.of("tell", "state", "announce", "confirm", "allege", "testify", "reveal", "disclose", "believe"))
            .collect(Collectors.toUnmodifiableSet());
    /** How many words of an object ("told the committee") may stand between a cue and its reported clause. */
    private static final int MAX_OBJECT = 4;
    /** Cues that name something ("a practice critics call ..."), for {@link #naming}. */
    private static final Set<String> NAMING = Set.of("call", "describe");
    /** Words of a time phrase between a passive cue and its agent. */
    private static final Set<String> TIME_WORDS = Set.of("on", "late", "early", "earlier", "today", "yesterday", "last",
            "night", "week", "this", "morning", "evening", "afternoon");
    private static final int MAX_TIME_WORDS = 3;
    /** Labels that open live pages and explainers ("Live: ..."): never a speaker before a colon. */
    private static final Set<String> COLON_LABELS = Set.of("live", "watch", "update", "updates", "analysis",
            "explainer", "opinion", "breaking", "exclusive", "factbox", "timeline", "video", "photos", "editorial");
    /** Pronouns that speak inside a relative clause on a noun ("data that it said showed"). */
    private static final Set<String> RELATIVE_PRONOUN_SUBJECTS = Set.of("it", "they", "he", "she", "we");
    /** How many words may stand between "posted on" / "found in" and "that". */
    private static final int MAX_PLACE_PHRASE = 5;
    /** Verbs with which an outlet vouches for its own reporting ("understands that", "has learned that"). */
    private static final Set<String> OUTLET_LEARNING = Set.of("understands", "learned", "learnt");
    /** Cues whose source follows them as a prepositional object. */
    private static final Set<String> PREPOSITIONAL = Set.of("according to", "as per", "cite", "by estimate");
    /** Heads of a "by X's estimate" phrase: a tally that attributes the figure before it. */
    private static final Set<String> TALLY_HEADS = Set.of("estimate", "estimates", "count", "counts", "tally",
            "tallies", "reckoning", "calculation", "calculations", "figures");
    /** What follows "quoted X as": the verb of the quoted speech ("quoted the minister as saying"). */
    private static final Set<String> QUOTED_SPEECH = Set.of("saying", "telling", "stating", "writing", "describing",
            "warning", "calling");
    /** How far "as saying" may stand after "quoted" (the quoted speaker sits in between). */
    private static final int MAX_QUOTED_SPEAKER = 12;
    /** A colon cue ("Ministry: ...") only counts when the speaker is this short. */
    private static final int MAX_COLON_SPEAKER = 5;

    private final AttributionLexicon lexicon;
    private final CueUsage usage;
    private final SourceTyper typer;
    private final MentionBounds bounds;
    private final SourceFinder finder;

    CueFinder(AttributionLexicon lexicon, CueUsage usage, SourceTyper typer, MentionBounds bounds, SourceFinder finder) {
        this.lexicon = lexicon;
        this.usage = usage;
        this.typer = typer;
        this.bounds = bounds;
        this.finder = finder;
    }

    /** The cues of tokens {@code [from, to)} in text order; a cue inside a hedge phrase is the hedge's. */
    List<Attribution> attributions(List<Token> tokens, int from, int to, boolean headline, List<Marker> hedges) {
        List<Attribution> found = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Attribution attribution = attributionAt(tokens, from, to, k, headline, hedges);
            if (attribution != null) {
                found.add(attribution);
                // "according to intelligence reports": a cue word inside the source is part of its name.
                boolean prepositional = PREPOSITIONAL.contains(attribution.lemma()) && attribution.hasSource();
                k = Math.max(k, (prepositional ? attribution.sourceTo() : attribution.cueTo()) - 1);
            }
        }
        return found;
    }

    private Attribution attributionAt(List<Token> tokens, int from, int to, int k, boolean headline, List<Marker> hedges) {
        Token t = tokens.get(k);
        if ((t.is("according") && next(tokens, k, to, "to")) || (t.is("as") && next(tokens, k, to, "per"))) {
            Attribution according = prepositional(tokens, from, to, k, k + 2, t.lower() + " " + tokens.get(k + 1).lower());
            return hedgeOnly(hedges, according) ? null : according;
        }
        if (t.is("citing")) {
            return prepositional(tokens, from, to, k, k + 1, "cite");
        }
        if (t.is("by") && !insideAny(hedges, k)) {
            return tally(tokens, from, to, k);
        }
        if (OUTLET_LEARNING.contains(t.lower())) {
            return outletLearned(tokens, from, to, k);
        }
        if ((t.is("read") || t.is("reads")) && k > from) {
            return documentRead(tokens, from, to, k);
        }
        if (t.is(":") && k > from && k - from <= MAX_COLON_SPEAKER && k + 1 < to && !tokens.get(from).is("\"")
                && !clockTime(tokens, k)) {
            return colonSpeaker(tokens, from, k);
        }
        return verbCueAt(tokens, from, to, k, headline, hedges);
    }

    /** "11:30 GMT": a colon between numbers is a time of day. */
    private static boolean clockTime(List<Token> tokens, int colon) {
        return tokens.get(colon - 1).kind() == Token.Kind.NUMBER && tokens.get(colon + 1).kind() == Token.Kind.NUMBER;
    }

    /** "Health ministry: ...": a short phrase opening the sentence speaks what follows the colon. */
    private Attribution colonSpeaker(List<Token> tokens, int from, int colon) {
        SourceRange speaker = finder.leftPhrase(tokens, from, colon - 1);
        // "Live:", "Live updates:", "Breaking news:": a page label, not a speaker.
        if (colon <= from + 2 && COLON_LABELS.contains(tokens.get(from).lower())) {
            return null;
        }
        return speaker.found() && speaker.from() == from
                ? attribution(tokens, from, "colon", colon, colon + 1, speaker, false) : null;
    }

    /** A lexicon verb used as a reporting verb; capitalised mid-sentence it is a name, not a cue. */
    private Attribution verbCueAt(List<Token> tokens, int from, int to, int k, boolean headline, List<Marker> hedges) {
        Token t = tokens.get(k);
        String lemma = urging(tokens, to, k, lexicon.cueLemma(t.lower()));
        if (lemma == null || insideAny(hedges, k) || (t.capitalised() && k > from && !headline)
                || !usage.plausibleVerb(tokens, from, k) || negated(tokens, from, k)) {
            return null;
        }
        Attribution attribution = verbAttribution(tokens, from, to, k, lemma);
        if (attribution.hasSource() && NEGATIVE_SUBJECTS.contains(tokens.get(attribution.sourceFrom()).lower())) {
            // "Neither club has confirmed", "None would comment": nobody said anything.
            return null;
        }
        attribution = itselfAnOrganisation(tokens, to, attribution);
        if (withParticiple(tokens, from, attribution)) {
            attribution = attribution.asSubordinate();
        }
        boolean documentCue = DOCUMENT_ONLY.contains(lemma) && !thatFollows(tokens, k, to)
                && attribution.type() != SourceType.DOCUMENT && attribution.type() != SourceType.OWNERLESS_DOCUMENT
                && !vouchedEvidence(tokens, attribution);
        return documentCue || !CueUsage.completes(tokens, to, k, lemma) ? null : attribution;
    }

    /**
     * Whether an attribution's cue reports speech: a speech verb, or any cue followed by "that", a colon or
     * a quote within a short object ("found that", "showed in its report that").
     */
    boolean reportsSpeech(List<Token> tokens, int to, Attribution attribution) {
        if (SPEECH.contains(attribution.lemma())) {
            return true;
        }
        for (int j = attribution.cueTo(); j < to && j <= attribution.cueTo() + MAX_OBJECT; j++) {
            Token t = tokens.get(j);
            if (Clauses.isComplementizer(t) || t.kind() == Token.Kind.QUOTE) {
                return true;
            }
            if (!t.word()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "called on both sides to", "calls for a ceasefire": urging, a statement with content (rule 6), not
     * the naming or labelling that "call" otherwise reports.
     */
    private static String urging(List<Token> tokens, int to, int k, String lemma) {
        boolean urges = "call".equals(lemma) && k + 1 < to && (tokens.get(k + 1).is("on") || tokens.get(k + 1).is("for"));
        return urges ? "urge" : lemma;
    }

    /**
     * "Vantris said its auditor ...", "Pellworth said that its revenue ...": a name that speaks of itself
     * as "its" is an organisation's, not a person's.
     */
    private static Attribution itselfAnOrganisation(List<Token> tokens, int to, Attribution attribution) {
        if (attribution.type() != SourceType.NAMED_PERSON || attribution.sourceFrom() > attribution.cueFrom()) {
            return attribution;
        }
        int next = attribution.cueTo() < to && tokens.get(attribution.cueTo()).is("that") ? attribution.cueTo() + 1
                : attribution.cueTo();
        // Only "its": "Okafor said it was too early" is a person speaking of something else.
        return next < to && tokens.get(next).is("its") ? attribution.withType(SourceType.ORGANISATION) : attribution;
    }

    /**
     * "Shares rose, with traders saying the bid would succeed": a "with" participial clause comments on
     * the main clause, which the writer states (the guide's mixed sentences).
     */
    private static boolean withParticiple(List<Token> tokens, int from, Attribution attribution) {
        if (!attribution.hasSource() || attribution.sourceFrom() > attribution.cueFrom()
                || !tokens.get(attribution.cueFrom()).lower().endsWith("ing")) {
            return false;
        }
        int start = attribution.sourceFrom();
        return tokens.get(start).is("with") || start > from && tokens.get(start - 1).is("with");
    }

    /** "according to reports": the whole source is a listed hedge with no owner, so it hedges, not attributes. */
    private static boolean hedgeOnly(List<Marker> hedges, Attribution according) {
        for (Marker m : hedges) {
            if (m.from() == according.cueFrom() && (!according.hasSource() || m.to() >= according.sourceTo())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "About 1,200 homes were destroyed, by the government's estimate": "by" and a tally that names its
     * owner attributes the figure like "according to"; any other "by" is not a cue here.
     */
    private Attribution tally(List<Token> tokens, int from, int to, int k) {
        SourceRange source = finder.rightPhrase(tokens, k + 1, to, true);
        if (!source.found() || !TALLY_HEADS.contains(tokens.get(source.mentionTo() - 1).lower())) {
            return null;
        }
        return attribution(tokens, from, "by estimate", k, k + 1, source, false);
    }

    /**
     * "A statement from the ministry read: ...", "..., the notice read.": "read" reports a document's
     * words only when its subject is a document; "he read the letter" is an action.
     */
    private Attribution documentRead(List<Token> tokens, int from, int to, int k) {
        Token next = k + 1 < to ? tokens.get(k + 1) : null;
        if (next != null && !next.is(":") && !next.is(",") && !next.is(".") && next.kind() != Token.Kind.QUOTE) {
            return null;
        }
        Attribution read = verbAttribution(tokens, from, to, k, "read");
        boolean document = read.type() == SourceType.DOCUMENT || read.type() == SourceType.OWNERLESS_DOCUMENT;
        return read.hasSource() && !read.passive() && document ? read : null;
    }

    /**
     * "The agency quoted a ministry spokesman as saying ...": the quoted party is the source (rule 2, the
     * innermost); "X was quoted as saying ...": the passive's subject is. Null when no "as saying" follows.
     */
    private Attribution quotedAsSaying(List<Token> tokens, int from, int to, int k) {
        int as = -1;
        for (int j = k + 1; j + 1 < to && j <= k + MAX_QUOTED_SPEAKER; j++) {
            if (tokens.get(j).is("as") && QUOTED_SPEECH.contains(tokens.get(j + 1).lower())) {
                as = j;
                break;
            }
        }
        if (as < 0) {
            return null;
        }
        int left = beforeAuxiliaries(tokens, from, k);
        if (left > from && SourceFinder.BE.contains(tokens.get(left).lower())) {
            SourceRange subject = finder.leftPhrase(tokens, from, beforeAuxiliaries(tokens, from, left));
            return subject.found() ? attribution(tokens, from, "quote", k, as + 2, subject, false) : null;
        }
        SourceRange quoted = as > k + 1 ? finder.rightPhrase(tokens, k + 1, as, true) : SourceRange.NONE;
        return quoted.found() ? attribution(tokens, from, "quote", as, as + 2, quoted, false) : null;
    }

    /** "found that", "posted on Facebook that": a reported clause right after the verb or a short place phrase. */
    private static boolean thatFollows(List<Token> tokens, int k, int to) {
        if (next(tokens, k, to, "that")) {
            return true;
        }
        if (!next(tokens, k, to, "on") && !next(tokens, k, to, "in")) {
            return false;
        }
        for (int j = k + 2; j < Math.min(to, k + 2 + MAX_PLACE_PHRASE); j++) {
            if (tokens.get(j).is("that")) {
                return true;
            }
            if (!tokens.get(j).word()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The BBC understands that ...", "the Courier has learned that ...": an outlet vouching for its own
     * reporting; anyone else understanding or learning something is not a source.
     */
    private Attribution outletLearned(List<Token> tokens, int from, int to, int k) {
        if (!next(tokens, k, to, "that") || k == from) {
            return null;
        }
        Attribution learned = verbAttribution(tokens, from, to, k, "learn");
        return learned.hasSource() && !learned.passive() && learned.type() == SourceType.NEWS_OUTLET ? learned : null;
    }

    private Attribution prepositional(List<Token> tokens, int from, int to, int cueFrom, int cueTo, String lemma) {
        SourceRange source = finder.rightPhrase(tokens, cueTo, to, true);
        if (cueFrom == from) {
            source = openingSource(tokens, to, source);
        }
        return attribution(tokens, from, lemma, cueFrom, cueTo, source, false);
    }

    /**
     * "According to notices posted online, the pool closed.": a source that opens the sentence ends at its
     * comma when what follows the comma runs to the end of the sentence, since that is the claim itself.
     */
    private static SourceRange openingSource(List<Token> tokens, int to, SourceRange source) {
        boolean toTheEnd = source.found() && (source.to() >= to || tokens.get(source.to()).is(".")
                || tokens.get(source.to()).is("!") || tokens.get(source.to()).is("?"));
        for (int k = source.from(); toTheEnd && k < source.to(); k++) {
            if (tokens.get(k).is(",")) {
                return new SourceRange(source.from(), k, Math.min(k, source.mentionTo()));
            }
        }
        return source;
    }

    /** The attribution of the verb at k: its subject, its inverted subject, or its "by" agent when passive. */
    Attribution verbAttribution(List<Token> tokens, int from, int to, int k, String lemma) {
        Attribution quoted = lemma.equals("quote") ? quotedAsSaying(tokens, from, to, k) : null;
        if (quoted != null) {
            return quoted;
        }
        int left = beforeAuxiliaries(tokens, from, k);
        if (left >= from && SourceFinder.BE.contains(tokens.get(left).lower())) {
            int by = agentAfter(tokens, k, to);
            boolean agent = by > 0;
            SourceRange source = agent ? finder.rightPhrase(tokens, by + 1, to, true) : SourceRange.NONE;
            return attribution(tokens, from, lemma, k, k + 1, source, !agent);
        }
        return attribution(tokens, from, lemma, k, k + 1, sourceOfVerb(tokens, from, to, k, left, lemma), false);
    }

    /** The "by" of a passive cue's agent, past a time phrase ("announced Thursday by Europol"), or -1. */
    private int agentAfter(List<Token> tokens, int k, int to) {
        int j = k + 1;
        while (j < to && j - k <= MAX_TIME_WORDS && (TIME_WORDS.contains(tokens.get(j).lower())
                || lexicon.isSource("weekday", tokens.get(j).lower()))) {
            j++;
        }
        return j + 1 < to && tokens.get(j).is("by") ? j : -1;
    }

    /**
     * "did not say", "has never confirmed", "wouldn't comment": a negated cue reports nothing, so the
     * sentence is the writer's account of a silence, not an attribution.
     */
    private static boolean negated(List<Token> tokens, int from, int k) {
        for (int left = k - 1; left >= from && skippable(tokens.get(left)); left--) {
            String w = tokens.get(left).lower();
            if (w.equals("not") || w.equals("never") || w.endsWith("n't") || w.endsWith("n\u2019t")) {
                return true;
            }
        }
        return false;
    }

    private static boolean skippable(Token t) {
        // "has not been confirmed by any government": a negated passive attributes nothing either.
        return SourceFinder.SKIPPABLE.contains(t.lower()) || t.is("been") || t.is("be") || t.lower().endsWith("n't") || t.lower().endsWith("n\u2019t");
    }

    /** The index of the last token before verb k that is not an auxiliary or adverb ("has also said"). */
    static int beforeAuxiliaries(List<Token> tokens, int from, int k) {
        int left = k - 1;
        while (left >= from && SourceFinder.SKIPPABLE.contains(tokens.get(left).lower())) {
            left--;
        }
        return left;
    }

    private SourceRange sourceOfVerb(List<Token> tokens, int from, int to, int k, int left, String lemma) {
        if (sharesSubject(tokens, from, k, left)) {
            SourceRange subject = sentenceSubject(tokens, from, left);
            if (subject.found()) {
                return subject;
            }
        }
        SourceRange withRelative = subjectWithRelative(tokens, from, k);
        if (withRelative.found()) {
            return withRelative;
        }
        if (!boundaryBefore(tokens, from, left)) {
            return finder.leftPhrase(tokens, from, left);
        }
        SourceRange right = INVERTING.contains(lemma) && k + 1 < to && finder.startsPhrase(tokens.get(k + 1))
                ? finder.rightPhrase(tokens, k + 1, to, false) : SourceRange.NONE;
        SourceRange appositive = left >= from && tokens.get(left).is(",")
                ? finder.appositiveBefore(tokens, from, left) : SourceRange.NONE;
        if (appositive.found() && appositive.mentionTo() < appositive.to()) {
            // "A person close to the family, who was not authorized to speak, said": the subject precedes.
            return appositive;
        }
        if (right.found() && endsSentence(tokens, right.to(), to)) {
            return right;
        }
        return appositive.found() ? appositive : right;
    }

    /**
     * "X thanked them and said ...", "X extended the warning, saying ...": a verb coordinated with the
     * sentence's main verb, or a participle after a comma, has the main clause's subject.
     */
    private static boolean sharesSubject(List<Token> tokens, int from, int k, int left) {
        if (left <= from) {
            return false;
        }
        Token before = tokens.get(left);
        Token conjunct = tokens.get(left - 1);
        return (before.is("and") || before.is("but")) && (conjunct.word() && !conjunct.capitalised() || conjunct.kind() == Token.Kind.NUMBER)
                || before.is(",") && tokens.get(k).lower().endsWith("ing");
    }

    /**
     * The noun phrase (with its appositive) before the first verb of the sentence, when it opens the
     * sentence; NONE otherwise. Verbs are read cheaply: auxiliaries, cue verbs and -ed forms.
     */
    private SourceRange sentenceSubject(List<Token> tokens, int sentenceFrom, int limit) {
        // "But she rejected the claim, saying ...": the subject follows an opening connective.
        boolean connective = sentenceFrom + 1 < limit && MentionParts.CONNECTIVES.contains(tokens.get(sentenceFrom).lower());
        int from = connective ? sentenceFrom + 1 : sentenceFrom;
        for (int v = from + 1; v < limit; v++) {
            Token t = tokens.get(v);
            if (t.word() && !t.capitalised() && finiteVerb(t) && !MentionParts.DETERMINERS.contains(tokens.get(v - 1).lower())) {
                int left = beforeAuxiliaries(tokens, from, v);
                if (left < from) {
                    return SourceRange.NONE;
                }
                SourceRange subject = tokens.get(left).is(",") ? finder.appositiveBefore(tokens, from, left)
                        : finder.leftPhrase(tokens, from, left);
                return subject.found() && subject.from() == from ? subject : SourceRange.NONE;
            }
            if (t.is(",") && v == from + 1 || t.kind() == Token.Kind.QUOTE) {
                return SourceRange.NONE;
            }
        }
        return SourceRange.NONE;
    }

    private boolean finiteVerb(Token t) {
        String w = t.lower();
        return SourceFinder.BE.contains(w) || w.equals("has") || w.equals("have") || w.equals("had") || w.equals("will")
                || lexicon.cueLemma(w) != null || w.length() > 4 && w.endsWith("ed");
    }

    /** "Experts who examined the data said": the subject before "who", reported with its relative clause. */
    private SourceRange subjectWithRelative(List<Token> tokens, int from, int k) {
        for (int who = k - 1; who > from; who--) {
            Token t = tokens.get(who);
            if (t.is(",") || t.kind() == Token.Kind.QUOTE) {
                return SourceRange.NONE;
            }
            if (Clauses.closedSubjectRelative(tokens, from, who, k)) {
                SourceRange subject = finder.leftPhrase(tokens, from, who - 1);
                return subject.found() ? new SourceRange(subject.from(), who, k) : SourceRange.NONE;
            }
        }
        return SourceRange.NONE;
    }

    /** "Pictures verified by the Associated Press showed": evidence handed to an agent by a participle. */
    private static boolean vouchedEvidence(List<Token> tokens, Attribution attribution) {
        return attribution.hasSource()
                && SourceTyper.agentAt(tokens, attribution.sourceFrom(), attribution.sourceTo(), Set.of()) >= 0;
    }

    /** Whether nothing that could be a subject stands right before the verb (sentence start, quote, comma, dash). */
    private static boolean boundaryBefore(List<Token> tokens, int from, int left) {
        return left < from || tokens.get(left).kind() == Token.Kind.QUOTE || tokens.get(left).is(",")
                || tokens.get(left).is(":") || tokens.get(left).is("\u2014") || tokens.get(left).is("-");
    }

    /**
     * An attribution of the cue {@code [cueFrom, cueTo)} to a source range, typed by its strongest
     * conjunct (rule 3); a cue with no source gets {@link SourceType#UNKNOWN}.
     */
    Attribution attribution(List<Token> tokens, int from, String lemma, int cueFrom, int cueTo,
                            SourceRange source, boolean passive) {
        String cue = tokens.get(cueFrom).text();
        int clauseStart = Math.min(cueFrom, source.found() ? source.from() : cueFrom);
        boolean subordinate = Clauses.subordinate(tokens, from, clauseStart) || objectRelative(tokens, from, clauseStart)
                || naming(tokens, from, lemma, clauseStart);
        if (!source.found()) {
            return new Attribution(lemma, cue, cueFrom, cueTo, -1, -1, SourceType.UNKNOWN, "", false, subordinate, passive);
        }
        int[] conjunct = bounds.strongestConjunct(tokens, source.from(), source.to());
        SourceTyper.Typed typed = typer.type(tokens, conjunct[0], conjunct[1]);
        int mentionTo = conjunct[1] == source.to() ? source.mentionTo() : conjunct[1];
        return new Attribution(lemma, cue, cueFrom, cueTo, conjunct[0], mentionTo, typed.type(), typed.head(),
                typed.former(), subordinate, passive);
    }

    /**
     * "what he called the country's dependence", ", a tactic researchers call a false flag": a naming
     * clause on a noun or a free relative, not the sentence's own attribution.
     */
    private static boolean naming(List<Token> tokens, int from, String lemma, int clauseStart) {
        if (clauseStart <= from) {
            return false;
        }
        Token before = tokens.get(clauseStart - 1);
        if (before.is("what")) {
            return true;
        }
        Token first = tokens.get(clauseStart);
        return NAMING.contains(lemma) && before.is(",") && (first.is("a") || first.is("an"));
    }

    /**
     * "a move that lawyers said was linked": the speaker opens a relative clause on a noun, so the cue
     * is not the sentence's own. "told the committee that lawyers said" is a chain, not a relative.
     */
    private boolean objectRelative(List<Token> tokens, int from, int clauseStart) {
        int that = clauseStart - 1;
        if (that - 1 <= from || !tokens.get(that).is("that") || !tokens.get(that - 1).word()
                || lexicon.cueLemma(tokens.get(that - 1).lower()) != null) {
            return false;
        }
        if (RELATIVE_PRONOUN_SUBJECTS.contains(tokens.get(clauseStart).lower())
                && !SourceFinder.BE.contains(tokens.get(that - 1).lower()) && !tokens.get(that - 1).lower().endsWith("ed")) {
            // "published data that it said showed ...": a pronoun speaker right after "that" on a noun.
            return true;
        }
        for (int d = that - 2; d >= Math.max(from, that - 4); d--) {
            if (MentionParts.DETERMINERS.contains(tokens.get(d).lower())) {
                return d == from || lexicon.cueLemma(tokens.get(d - 1).lower()) == null;
            }
        }
        return false;
    }

    /** Whether an inverted subject ("said X") ends where the sentence or its clause could end. */
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
