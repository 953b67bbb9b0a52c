package org.claimscorer.features;

/** Which string a piece of evidence was found in, and so which string its offsets index. */
public enum Origin {
    /** The claim itself. */
    CLAIM,
    /** The context around the claim. */
    CONTEXT
}
