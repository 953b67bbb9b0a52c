package org.claimscorer.bench;

import org.claimscorer.claim.Claim;

/**
 * The benchmark inputs: a one-sentence claim with no context, and the same claim inside contexts of
 * about 1 KB, 10 KB and 100 KB of original news-style text (written for these benchmarks). The long
 * contexts repeat the filler paragraphs and put the claim near the end, so every pass that reads the
 * context before the claim (locating it, person introductions) pays for the whole length.
 */
public final class BenchInputs {

    /** The claim: a bare surname, so the scorer looks up where the context introduced the person. */
    public static final String CLAIM =
            "Okafor said the pumping station at Brindle Weir would run on diesel generators until the new cable arrives.";

    private static final String OPENING = "Residents of the lower valley were told on Thursday to boil their "
            + "drinking water for at least a week after floodwater reached the treatment works at Brindle Weir. "
            + "Water Commissioner Adaeze Okafor, who toured the site with engineers, called the damage "
            + "\u201cworse than anything we planned for\u201d.\n";

    private static final String CLOSING = " The utility's own report, published in March, had warned that the "
            + "works sat below the 1998 flood line. A spokesperson for the regional council said it was reviewing "
            + "the report. Engineers reportedly expect the first filters to be back in service by the weekend, "
            + "although the company has not confirmed a date. Shop owners on Mill Street said they had not been "
            + "warned. Bottled water will be handed out at the leisure centre from 8am.\n";

    private static final String[] FILLER = {
        "The river rose by almost two metres overnight, according to gauges maintained by the environment agency. "
            + "Farmers along the east bank said they had moved livestock to higher fields before dawn. ",
        "Two schools in Hallam Cross stayed closed. The head teacher of one, Martin Ferreira, said parents had been "
            + "sent messages at 6am and that most had kept their children at home. ",
        "Officials familiar with the emergency plan said the army had been asked to stand by, though no request "
            + "for troops had been made by Friday. The defence ministry declined to comment. ",
        "Insurers estimate the cost of the damage at several million pounds. An analyst at Kestrel Risk, Dana "
            + "Whitcombe, said claims from small businesses were likely to take months to settle. ",
        "The council denied reports that the flood barriers had been left open. \u201cThe gates were closed on "
            + "Wednesday evening, as the plan requires,\u201d a council statement said. ",
        "Some residents may have to leave their homes for several weeks, the housing department warned. Temporary "
            + "rooms have been booked in three hotels near the station. ",
    };

    private BenchInputs() {
    }

    /** The claim alone, with no context. */
    public static Claim shortClaim() {
        return Claim.of(CLAIM, null);
    }

    /** The claim inside a context of at least {@code size} characters, near its end. */
    public static Claim inContext(int size) {
        return Claim.of(CLAIM, context(size));
    }

    /** A context of at least {@code size} characters: opening, filler paragraphs, the claim, closing. */
    public static String context(int size) {
        StringBuilder text = new StringBuilder(OPENING);
        int budget = size - OPENING.length() - CLAIM.length() - CLOSING.length();
        for (int i = 0; text.length() - OPENING.length() < budget; i++) {
            text.append(FILLER[i % FILLER.length]);
            if (i % 3 == 2) {
                text.append('\n');
            }
        }
        return text.append(CLAIM).append(CLOSING).toString();
    }
}
