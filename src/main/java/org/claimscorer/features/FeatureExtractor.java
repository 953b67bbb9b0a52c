package org.claimscorer.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimscorer.claim.Claim;

/**
 * Turns a claim and its context into {@link AttributionFeatures}. Training and serving both call
 * this class and nothing else, so a model never sees features that differ from those it was trained
 * on; {@link #version()} names this feature set and is recorded in every model. Deterministic,
 * never throws on any string input, linear in the input's length, and thread-safe.
 */
public final class FeatureExtractor {

    /** Bump when the extraction logic changes; the lexicon's digest is appended automatically. */
    static final String LOGIC_VERSION = "attribution-features/2";
    private static final int EARLIER_SENTENCES = 3;

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ClaimLocator locator = new ClaimLocator();
    private final SentenceReader reader;
    private final FeatureNames namer = new FeatureNames();
    private final String version;

    /** An extractor over the given word lists. */
    public FeatureExtractor(AttributionLexicon lexicon) {
        this.reader = new SentenceReader(lexicon);
        this.version = LOGIC_VERSION + "+" + lexicon.digest().substring(0, 12);
    }

    /** An extractor over the bundled word lists. */
    public static FeatureExtractor bundled() {
        return new FeatureExtractor(AttributionLexicon.bundled());
    }

    /** The feature-set version: extraction logic plus lexicon digest. */
    public String version() {
        return version;
    }

    /** The features of one claim. */
    public AttributionFeatures extract(Claim claim) {
        String text = claim.text();
        List<Token> tokens = tokenizer.tokenize(text);
        SentenceReading own = tokens.isEmpty() ? null : reader.read(tokens, 0, tokens.size());
        Surroundings around = surroundings(claim);
        Attribution primary = own == null ? null : resolve(own.primary(), around);
        boolean headline = own != null && (own.headline() || standsOnItsOwnLine(text, claim.context(), around));
        Attribution carried = primary == null && own != null ? carried(own, headline, around) : null;
        Attribution denier = own == null ? null : resolve(own.denier(), around);
        List<String> names = namer.names(tokens, own, headline, primary, carried, around);
        return new AttributionFeatures(
                primary == null ? null : sourceEvidence(text, tokens, primary, Origin.CLAIM),
                primary == null ? SourceType.UNKNOWN : primary.type(),
                primary == null ? null : cueEvidence(text, tokens, primary, Origin.CLAIM),
                carried == null ? null : sourceEvidence(claim.context(), around.tokens(), carried, Origin.CONTEXT),
                carried == null ? SourceType.UNKNOWN : carried.type(),
                carried == null ? null : cueEvidence(claim.context(), around.tokens(), carried, Origin.CONTEXT),
                own == null ? List.of() : evidence(text, tokens, own.hedges()),
                own == null ? List.of() : evidence(text, tokens, own.denials()),
                own == null ? List.of() : evidence(text, tokens, own.anonymity()),
                own == null ? List.of() : evidence(text, tokens, own.quotes()),
                around.span(),
                denier == null ? null : sourceEvidence(text, tokens, denier, Origin.CLAIM),
                denier == null ? SourceType.UNKNOWN : denier.type(),
                denier == null ? null : cueEvidence(text, tokens, denier, Origin.CLAIM), names);
    }

    private Surroundings surroundings(Claim claim) {
        Optional<TextSpan> located = locator.locate(claim.text(), claim.context());
        if (located.isEmpty()) {
            return Surroundings.NONE;
        }
        TextSpan span = located.get();
        String context = claim.context();
        List<Token> tokens = tokenizer.tokenize(context);
        List<int[]> sentences = splitter.split(context, tokens);
        int first = sentenceAt(tokens, sentences, span.start());
        int last = sentenceAt(tokens, sentences, Math.max(span.start(), span.end() - 1));
        List<SentenceReading> earlier = new ArrayList<>();
        for (int s = first - 1; s >= 0 && s >= first - EARLIER_SENTENCES; s--) {
            earlier.add(reader.read(tokens, sentences.get(s)[0], sentences.get(s)[1]));
        }
        SentenceReading previous = !earlier.isEmpty()
                && noLineBreak(context, tokens.get(earlier.get(0).to() - 1).end(), span.start()) ? earlier.get(0) : null;
        SentenceReading next = null;
        boolean nextInParagraph = false;
        if (last + 1 < sentences.size()) {
            next = reader.read(tokens, sentences.get(last + 1)[0], sentences.get(last + 1)[1]);
            nextInParagraph = noLineBreak(context, span.end(), tokens.get(sentences.get(last + 1)[0]).start());
        }
        return new Surroundings(span, tokens, earlier, previous, next, nextInParagraph);
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
        int newline = context.indexOf('\n', from);
        return newline < 0 || newline >= to;
    }

    /**
     * A pronoun source takes the type of the nearest earlier attribution with a typed source; a bare
     * surname ("Morales said") takes the role given where the context first introduced that person.
     */
    private Attribution resolve(Attribution attribution, Surroundings around) {
        if (attribution != null && attribution.type() == SourceType.NAMED_PERSON) {
            return introduction(attribution, around);
        }
        if (attribution == null || attribution.type() != SourceType.PRONOUN) {
            return attribution;
        }
        for (SentenceReading reading : around.earlier()) {
            Attribution earlier = reading.primary();
            if (earlier != null && earlier.type() != SourceType.PRONOUN) {
                return attribution.withType(earlier.type());
            }
            if (isPerson(reading.subjectType())) {
                return attribution.withType(reading.subjectType());
            }
        }
        return attribution;
    }

    private Attribution introduction(Attribution attribution, Surroundings around) {
        if (around.span() == null) {
            return attribution;
        }
        SourceType introduced = reader.introducedType(around.tokens(), attribution.head(), around.span().start());
        return introduced == SourceType.UNKNOWN ? attribution : attribution.withType(introduced);
    }

    private static boolean isPerson(SourceType type) {
        return type == SourceType.NAMED_OFFICIAL || type == SourceType.NAMED_EXPERT || type == SourceType.NAMED_PERSON
                || type == SourceType.OFFICE_TITLE || type == SourceType.UNNAMED_PERSON || type == SourceType.SPOKESPERSON;
    }

    /**
     * The neighbouring attribution rule 5 could carry to a claim with none of its own: the speaker named
     * after a quote the claim opens, else the previous sentence's source, else (for a headline, or a quote
     * whose speaker comes next) the next sentence's source.
     */
    private Attribution carried(SentenceReading own, boolean headline, Surroundings around) {
        Attribution next = quotedSpeaker(around.next());
        if (next != null && opensQuote(own)) {
            return next;
        }
        Attribution previous = around.previous() == null ? null : around.previous().primary();
        if (previous != null) {
            return named(previous, around);
        }
        if (headline && around.next() != null && around.next().primary() != null) {
            return resolve(around.next().primary(), around);
        }
        return around.nextInParagraph() && !own.quotes().isEmpty() ? next : null;
    }

    /** A headline in lower case: a claim with no closing stop that has a line of the context to itself. */
    private static boolean standsOnItsOwnLine(String claim, String context, Surroundings around) {
        String trimmed = claim.strip();
        if (around.span() == null || trimmed.isEmpty() || ".!?\"\u201D".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            return false;
        }
        TextSpan span = around.span();
        boolean lineStart = span.start() == 0 || context.charAt(span.start() - 1) == '\n';
        boolean lineEnd = span.end() == context.length() || context.charAt(span.end()) == '\n';
        return lineStart && lineEnd;
    }

    private static boolean opensQuote(SentenceReading own) {
        return own.quotes().stream().anyMatch(q -> q.to() == own.to() || q.from() == own.from());
    }

    /** The attribution of a sentence that continues or closes a quote and then names its speaker. */
    private static Attribution quotedSpeaker(SentenceReading sentence) {
        if (sentence == null || sentence.quotes().isEmpty() || sentence.primary() == null) {
            return null;
        }
        Attribution speaker = sentence.primary();
        return speaker.cueFrom() > sentence.quotes().get(0).from() ? speaker : null;
    }

    /** An anaphoric source ("these sources", "he") stands for the nearest earlier source that names someone. */
    private Attribution named(Attribution carried, Surroundings around) {
        boolean anaphor = carried.type() == SourceType.PRONOUN || carried.head().isEmpty()
                || around.tokens().get(carried.sourceFrom()).is("these") || around.tokens().get(carried.sourceFrom()).is("those");
        if (!anaphor) {
            return carried;
        }
        for (SentenceReading reading : around.earlier().subList(1, around.earlier().size())) {
            Attribution earlier = reading.primary();
            if (earlier != null && earlier.type() != SourceType.PRONOUN) {
                return earlier;
            }
        }
        return resolve(carried, around);
    }

    private static Evidence sourceEvidence(String text, List<Token> tokens, Attribution a, Origin origin) {
        if (!a.hasSource()) {
            return null;
        }
        Token last = tokens.get(a.sourceTo() - 1);
        // A possessive source ("the embassy's dismissal") is reported without its "'s".
        int end = last.bare().equals(last.lower()) ? last.end() : last.end() - 2;
        return Evidence.of(text, tokens.get(a.sourceFrom()).start(), end, origin);
    }

    private static Evidence cueEvidence(String text, List<Token> tokens, Attribution a, Origin origin) {
        return Evidence.of(text, tokens.get(a.cueFrom()).start(), tokens.get(a.cueTo() - 1).end(), origin);
    }

    private static List<Evidence> evidence(String text, List<Token> tokens, List<Marker> markers) {
        return markers.stream()
                .map(m -> Evidence.of(text, tokens.get(m.from()).start(), tokens.get(m.to() - 1).end(), Origin.CLAIM))
                .toList();
    }
}
