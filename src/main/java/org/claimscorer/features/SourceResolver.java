package org.claimscorer.features;

import java.util.Set;

/**
 * Settles a claim's source against its context: a pronoun takes the type of an earlier source, a bare
 * surname the role given where the person was introduced, and a claim with no attribution of its own
 * may carry a neighbour's (rule 5). Immutable and thread-safe.
 */
final class SourceResolver {

    /** Pronouns that can only stand for a person. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "his", "her", "him");

    private final PersonIntroductions introductions;

    SourceResolver(PersonIntroductions introductions) {
        this.introductions = introductions;
    }

    /**
     * A pronoun source takes the type of the nearest earlier attribution with a typed source; a bare
     * surname ("Morales said") takes the role given where the context first introduced that person.
     */
    Attribution resolve(Attribution attribution, Surroundings around) {
        if (attribution != null && attribution.type() == SourceType.NAMED_PERSON) {
            return introduced(attribution, around);
        }
        if (attribution == null || attribution.type() != SourceType.PRONOUN) {
            return attribution;
        }
        boolean personal = PERSONAL_PRONOUNS.contains(attribution.head());
        for (SentenceReading reading : around.earlier()) {
            Attribution earlier = reading.primary();
            // "He said" refers to a person, never to the ministry quoted before him.
            if (earlier != null && earlier.type() != SourceType.PRONOUN && (!personal || isPerson(earlier.type()))) {
                // "Ruiz said ... She added": the pronoun is whoever the context introduced Ruiz as.
                return attribution.withType(introduced(earlier, around).type());
            }
            if (isPerson(reading.subjectType())) {
                return attribution.withType(reading.subjectType());
            }
        }
        return attribution;
    }

    /** A bare surname typed by the role the context gave it where it first named the person; anything else as is. */
    private Attribution introduced(Attribution attribution, Surroundings around) {
        if (attribution.type() != SourceType.NAMED_PERSON || around.span() == null) {
            return attribution;
        }
        SourceType introduced = introductions.introducedType(around.tokens(), attribution.head(), around.span().start());
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
    Attribution carried(SentenceReading own, boolean headline, Surroundings around) {
        Attribution speakerNamedNext = opensQuote(own) || around.insideQuote() ? quotedSpeaker(around.next()) : null;
        if (speakerNamedNext != null) {
            return introduced(speakerNamedNext, around);
        }
        Attribution previous = around.previous() == null ? null : around.previous().primary();
        if (previous != null) {
            return introduced(named(previous, around), around);
        }
        if (headline && around.next() != null && around.next().primary() != null) {
            return resolve(around.next().primary(), around);
        }
        Attribution speaker = around.nextInParagraph() && !own.quotes().isEmpty() ? quotedSpeaker(around.next()) : null;
        return speaker == null ? null : introduced(speaker, around);
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
        if (!isAnaphor(carried, around)) {
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

    private static boolean isAnaphor(Attribution carried, Surroundings around) {
        return carried.type() == SourceType.PRONOUN || carried.head().isEmpty()
                || around.tokens().get(carried.sourceFrom()).is("these") || around.tokens().get(carried.sourceFrom()).is("those");
    }
}
