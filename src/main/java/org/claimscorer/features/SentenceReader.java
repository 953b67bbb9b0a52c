package org.claimscorer.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one sentence into a {@link SentenceReading}: whether it is a headline, its hedges, attribution
 * cues with their sources, denials and who issues them, anonymity markers and quotes. Every scan is
 * bounded by the sentence, so cost is linear in its length. Immutable and thread-safe.
 */
final class SentenceReader {

    private final AttributionLexicon lexicon;
    private final CueFinder cues;
    private final DenialFinder denials;
    private final QuoteFinder quotes;
    private final MentionBounds bounds;

    SentenceReader(AttributionLexicon lexicon, CueFinder cues, DenialFinder denials, QuoteFinder quotes,
                   MentionBounds bounds) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.denials = denials;
        this.quotes = quotes;
        this.bounds = bounds;
    }

    /** A reader over the given word lists, typing sources with the given typer. */
    static SentenceReader over(AttributionLexicon lexicon, SourceTyper typer) {
        SourceFinder finder = new SourceFinder();
        MentionBounds bounds = new MentionBounds(lexicon, typer);
        CueFinder cues = new CueFinder(lexicon, new CueUsage(lexicon), typer, bounds, finder);
        return new SentenceReader(lexicon, cues, new DenialFinder(lexicon, cues, finder), new QuoteFinder(), bounds);
    }

    /** The reading of tokens {@code [from, to)}, a non-empty sentence. */
    SentenceReading read(List<Token> tokens, int from, int to) {
        boolean headline = isHeadline(tokens, from, to);
        List<Marker> hedges = hedges(tokens, from, to);
        List<Attribution> attributions = cues.attributions(tokens, from, to, headline, hedges);
        DenialFinder.Denials denied = denials.denials(tokens, from, to);
        List<Marker> anonymity = markers(lexicon.anonymity(), tokens, from, to);
        return new SentenceReading(from, to, headline, attributions, hedges, denied.found(), denied.negated(),
                anonymity, quotes.quotes(tokens, from, to), bounds.subjectType(tokens, from, to),
                denials.denier(tokens, from, to, denied.found(), attributions),
                SentenceReading.choosePrimary(from, attributions, k -> Clauses.isComplementizer(tokens.get(k)),
                        a -> cues.reportsSpeech(tokens, to, a)));
    }

    /** Hedge phrases, except the month "May" and owned evidence ("the ministry's reports"). */
    private List<Marker> hedges(List<Token> tokens, int from, int to) {
        List<Marker> hedges = new ArrayList<>();
        for (PhraseMatcher.Match m : lexicon.hedges().find(tokens, from, to)) {
            if (!isMonth(tokens, from, to, m) && !isOwnedEvidence(tokens, from, m) && !agentFollows(tokens, to, m)) {
                hedges.add(new Marker(m.phrase(), m.from(), m.to(), Clauses.subordinate(tokens, from, m.from())));
            }
        }
        return hedges;
    }

    /** "It was reported by the Courier that ...": an impersonal passive with an agent names its source. */
    private static boolean agentFollows(List<Token> tokens, int to, PhraseMatcher.Match m) {
        return m.phrase().startsWith("it ") && m.to() < to && tokens.get(m.to()).is("by");
    }

    /** "in May" or "May 3": the month, not the modal. */
    private static boolean isMonth(List<Token> tokens, int from, int to, PhraseMatcher.Match m) {
        Token first = tokens.get(m.from());
        return first.is("may") && (first.capitalised() && m.from() > from
                || m.to() < to && tokens.get(m.to()).kind() == Token.Kind.NUMBER);
    }

    /** "the agency's reports": evidence someone owns is not the writer hedging. */
    private static boolean isOwnedEvidence(List<Token> tokens, int from, PhraseMatcher.Match m) {
        Token first = tokens.get(m.from());
        return (first.is("reports") || first.is("estimates")) && m.from() > from
                && tokens.get(m.from() - 1).word() && !tokens.get(m.from() - 1).is("that");
    }

    private static List<Marker> markers(PhraseMatcher matcher, List<Token> tokens, int from, int to) {
        List<Marker> out = new ArrayList<>();
        for (PhraseMatcher.Match m : matcher.find(tokens, from, to)) {
            out.add(new Marker(m.phrase(), m.from(), m.to(), Clauses.subordinate(tokens, from, m.from())));
        }
        return out;
    }

    /** A headline: no closing stop or quote, and at least 60% of its longer words capitalised. */
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
}
