package org.claimscorer.features;

import java.util.List;
import org.claimscorer.claim.Claim;

/**
 * Turns a claim and its context into {@link AttributionFeatures}. Training and serving both call
 * this class and nothing else, so a model never sees features that differ from those it was trained
 * on; {@link #version()} names this feature set and is recorded in every model. Deterministic,
 * never throws on any string input, linear in the input's length, and thread-safe.
 */
public final class FeatureExtractor {

    /** Bump when the extraction logic changes; the lexicon's digest is appended automatically. */
    static final String LOGIC_VERSION = "attribution-features/8";

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceReader reader;
    private final ContextReader context;
    private final SourceResolver resolver;
    private final FeatureNames namer = new FeatureNames();
    private final String version;

    /** An extractor over the given word lists. */
    public FeatureExtractor(AttributionLexicon lexicon) {
        SourceTyper typer = new SourceTyper(lexicon, new NamedPersonRoles(lexicon));
        this.reader = SentenceReader.over(lexicon, typer);
        this.context = new ContextReader(tokenizer, new SentenceSplitter(), new ClaimLocator(), reader);
        this.resolver = new SourceResolver(new PersonIntroductions(lexicon, typer));
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
        Surroundings around = context.surroundings(claim);
        Attribution primary = own == null ? null : resolver.resolve(own.primary(), around);
        boolean headline = own != null
                && (own.headline() || ContextReader.standsOnItsOwnLine(text, claim.context(), around));
        Attribution carried = primary == null && own != null ? resolver.carried(own, headline, around) : null;
        Attribution denier = own == null ? null : resolver.resolve(own.denier(), around);
        List<String> names = namer.names(tokens, own, headline, primary, carried, around);
        Spans claimSpans = new Spans(text, tokens, Origin.CLAIM);
        // Only a carried attribution points into the context; asking for its tokens otherwise would tokenise it.
        Spans contextSpans = carried == null ? null : new Spans(claim.context(), around.tokens(), Origin.CONTEXT);
        return new AttributionFeatures(
                claimSpans.source(primary), typeOf(primary), claimSpans.cue(primary),
                contextSpans == null ? null : contextSpans.source(carried), typeOf(carried),
                contextSpans == null ? null : contextSpans.cue(carried),
                claimSpans.markers(own == null ? null : own.hedges()),
                claimSpans.markers(own == null ? null : own.denials()),
                claimSpans.markers(own == null ? null : own.anonymity()),
                claimSpans.markers(own == null ? null : own.quotes()),
                around.span(),
                claimSpans.source(denier), typeOf(denier), claimSpans.cue(denier), names);
    }

    private static SourceType typeOf(Attribution attribution) {
        return attribution == null ? SourceType.UNKNOWN : attribution.type();
    }

    /** Turns token-index findings into character-span {@link Evidence} in the text they were read from. */
    private record Spans(String text, List<Token> tokens, Origin origin) {

        /** The source mention, or null when there is no attribution or it has no source. */
        Evidence source(Attribution a) {
            if (a == null || !a.hasSource()) {
                return null;
            }
            Token last = tokens.get(a.sourceTo() - 1);
            // A possessive source ("the embassy's dismissal") is reported without its "'s".
            int end = last.bare().equals(last.lower()) ? last.end() : last.end() - 2;
            return Evidence.of(text, tokens.get(a.sourceFrom()).start(), end, origin);
        }

        /** The cue, or null when there is no attribution. */
        Evidence cue(Attribution a) {
            return a == null ? null : Evidence.of(text, tokens.get(a.cueFrom()).start(), tokens.get(a.cueTo() - 1).end(), origin);
        }

        /** The markers' spans; empty when the claim had no reading (null markers). */
        List<Evidence> markers(List<Marker> markers) {
            if (markers == null) {
                return List.of();
            }
            return markers.stream()
                    .map(m -> Evidence.of(text, tokens.get(m.from()).start(), tokens.get(m.to() - 1).end(), origin))
                    .toList();
        }
    }
}
