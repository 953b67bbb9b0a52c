package org.claimscorer.training;

import org.claimscorer.claim.AttributionLabel;
import org.claimscorer.claim.Claim;
import org.claimscorer.features.AttributionFeatures;
import org.claimscorer.features.FeatureExtractor;
import org.claimscorer.features.SourceType;

/**
 * The rules-only baseline: the deterministic features alone, no learning, mapped to a label by the
 * guide's precedence. A denial (or a denier) gives DENIAL (rule 1); else the claim's own source, or the
 * one its context carries (rule 5), gives the label of its type (ANONYMOUS when an anonymity marker
 * stands beside it); else a hedge, or a cue with no agent ("it was reported"), gives HEDGED; else
 * UNATTRIBUTED. Reported beside the model so the model's gain over the rules is visible. Thread-safe.
 */
public final class RulesBaseline {

    private final FeatureExtractor extractor;

    public RulesBaseline(FeatureExtractor extractor) {
        this.extractor = extractor;
    }

    /** The label the rules give this claim. */
    public AttributionLabel label(Claim claim) {
        AttributionFeatures found = extractor.extract(claim);
        if (found.denier() != null || !found.denials().isEmpty()) {
            return AttributionLabel.DENIAL;
        }
        if (found.source() != null || found.contextSource() != null) {
            SourceType type = found.source() != null ? found.sourceType() : found.contextSourceType();
            return found.anonymity().isEmpty() ? labelOf(type) : AttributionLabel.ANONYMOUS;
        }
        return found.hedges().isEmpty() && found.cue() == null ? AttributionLabel.UNATTRIBUTED : AttributionLabel.HEDGED;
    }

    /**
     * The label a source of this type stands for. A pronoun whose referent was not found is taken for
     * a person (NAMED_SOURCE); words the lexicon cannot place name no identifiable party (ANONYMOUS).
     */
    static AttributionLabel labelOf(SourceType type) {
        return switch (type) {
            case NAMED_OFFICIAL, OFFICE_TITLE -> AttributionLabel.NAMED_OFFICIAL;
            case NAMED_EXPERT, NAMED_PERSON, PRONOUN -> AttributionLabel.NAMED_SOURCE;
            case ORGANISATION, NEWS_OUTLET, DOCUMENT, SPOKESPERSON -> AttributionLabel.INSTITUTION;
            case OWNERLESS_DOCUMENT, UNNAMED_PERSON, UNNAMED_GROUP, UNKNOWN -> AttributionLabel.ANONYMOUS;
        };
    }
}
