package org.claimscorer.claim;

import java.util.Locale;
import java.util.Optional;

/**
 * The seven attribution labels of the labelling guide, each with its default strength weight.
 * Declaration order is the order the API lists them in.
 */
public enum AttributionLabel {
    /** A named individual speaking in an official capacity, or the unique holder of an office named by title. */
    NAMED_OFFICIAL(1.00),
    /** A named individual who does not speak for an organisation: expert, witness, former official, journalist. */
    NAMED_SOURCE(0.80),
    /** An organisation as a whole, an unnamed on-the-record spokesperson, or a document with an owner. */
    INSTITUTION(0.70),
    /** Unnamed people not speaking on the record, or a document with no owner. */
    ANONYMOUS(0.30),
    /** No source, but the text marks the claim as reported, estimated or uncertain. */
    HEDGED(0.15),
    /** No source and no hedge: stated as fact in the writer's own voice. */
    UNATTRIBUTED(0.00),
    /** Some party denies, dismisses, rejects or refutes an assertion. */
    DENIAL(0.50);

    private final double defaultWeight;

    AttributionLabel(double defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    /** The guide's default strength weight, in [0, 1]. */
    public double defaultWeight() {
        return defaultWeight;
    }

    /** The label with this exact name (case-insensitive), or empty for anything else. */
    public static Optional<AttributionLabel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (AttributionLabel label : values()) {
            if (label.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
