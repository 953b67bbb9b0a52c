package org.claimscorer.bench;

import org.claimscorer.claim.Claim;

/** Maps a benchmark's {@code input} parameter to a claim. */
final class Inputs {

    private Inputs() {
    }

    /** "short" is the claim alone; a number is a context of that many characters. */
    static Claim of(String input) {
        return input.equals("short") ? BenchInputs.shortClaim() : BenchInputs.inContext(Integer.parseInt(input));
    }
}
