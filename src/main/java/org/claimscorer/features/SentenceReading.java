package org.claimscorer.features;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * What one sentence says about attribution, as token indices into the tokens it was read from.
 *
 * @param from          first token of the sentence
 * @param to            one past its last token
 * @param headline      whether it reads as a headline (title case, no final stop)
 * @param attributions  cues with their sources, in text order
 * @param hedges        hedge phrases
 * @param denials       denial words and phrases that are not negated
 * @param negatedDenial whether a denial word is negated ("did not deny")
 * @param anonymity     anonymity markers
 * @param quotes        quoted passages
 * @param subjectType   the type of the noun phrase that opens the sentence, for resolving later pronouns
 * @param denier        who issues the first denial, with the denial word as cue, or null
 * @param primary       the attribution the sentence rests on (see {@link #choosePrimary}), or null
 */
record SentenceReading(int from, int to, boolean headline, List<Attribution> attributions, List<Marker> hedges,
                       List<Marker> denials, boolean negatedDenial, List<Marker> anonymity, List<Marker> quotes,
                       SourceType subjectType, Attribution denier, Attribution primary) {

    /**
     * The attribution a sentence rests on: among main-clause attributions with a source, the innermost
     * of a chain, else the strongest (rules 2 and 3). Chosen once, when the sentence is read.
     *
     * @param from            the sentence's first token
     * @param attributions    its attributions in text order
     * @param complementizer  whether the token at an index of the sentence is "that" or ":", which open a
     *                        reported clause
     * @param reportsSpeech   whether an attribution's cue reports speech, not an act that shares its verb
     *                        ("inspectors had cited the mine"), so that it can be the inner link of a chain
     */
    static Attribution choosePrimary(int from, List<Attribution> attributions, IntPredicate complementizer,
                                     Predicate<Attribution> reportsSpeech) {
        List<Attribution> main = attributions.stream()
                .filter(a -> !a.subordinate() && !a.passive() && a.hasSource()).toList();
        if (main.isEmpty()) {
            return null;
        }
        Attribution chosen = main.get(0);
        for (Attribution next : main.subList(1, main.size())) {
            // "..., citing X", "according to X": the cited source follows its cue and is the original one.
            boolean cited = (next.lemma().equals("cite") || next.lemma().equals("according to"))
                    && next.cueFrom() > chosen.cueFrom() && next.sourceFrom() > next.cueFrom();
            boolean nested = cited || next.sourceFrom() > chosen.cueFrom() && chosen.sourceFrom() < chosen.cueFrom()
                    && next.sourceFrom() - chosen.cueTo() <= 4
                    && next.sourceFrom() > from && complementizer.test(next.sourceFrom() - 1)
                    && next.type() != SourceType.UNKNOWN && reportsSpeech.test(next);
            if (nested || next.type().rank() > chosen.type().rank()) {
                chosen = next;
            }
        }
        return chosen;
    }
}
