package org.claimscorer.features;

import java.util.List;

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
 * @param complementizers token indices of "that" and ":", which open a reported clause (rule 2 chains)
 */
record SentenceReading(int from, int to, boolean headline, List<Attribution> attributions, List<Marker> hedges,
                       List<Marker> denials, boolean negatedDenial, List<Marker> anonymity, List<Marker> quotes,
                       SourceType subjectType, Attribution denier, java.util.Set<Integer> complementizers) {

    /** Attributions in the main clause. */
    List<Attribution> mainAttributions() {
        return attributions.stream().filter(a -> !a.subordinate() && !a.passive()).toList();
    }

    /** The attribution the sentence rests on: innermost of a chain, else the strongest (rules 2 and 3). */
    Attribution primary() {
        List<Attribution> main = mainAttributions().stream().filter(Attribution::hasSource).toList();
        if (main.isEmpty()) {
            return null;
        }
        Attribution chosen = main.get(0);
        for (Attribution next : main.subList(1, main.size())) {
            boolean cited = (next.lemma().equals("cite") || next.lemma().equals("according to"))
                    && next.cueFrom() > chosen.cueFrom();
            boolean nested = cited || next.sourceFrom() > chosen.cueFrom() && chosen.sourceFrom() < chosen.cueFrom()
                    && next.sourceFrom() - chosen.cueTo() <= 4 && introducedByThat(next);
            if (nested || next.type().rank() > chosen.type().rank()) {
                chosen = next;
            }
        }
        return chosen;
    }

    private boolean introducedByThat(Attribution inner) {
        return inner.sourceFrom() > from && complementizers.contains(inner.sourceFrom() - 1);
    }
}
