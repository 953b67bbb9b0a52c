package org.claimscorer.features;

import java.util.Optional;

/**
 * Finds a claim inside its context: first as an exact substring, then ignoring differences of
 * white space, quote style and dash style. Stateless and thread-safe.
 */
public final class ClaimLocator {

    /** The claim's span in the context, or empty when it does not occur there. */
    public Optional<TextSpan> locate(String claim, String context) {
        String trimmed = claim.strip();
        if (trimmed.isEmpty() || context.isEmpty()) {
            return Optional.empty();
        }
        int exact = context.indexOf(trimmed);
        if (exact >= 0) {
            return Optional.of(new TextSpan(exact, exact + trimmed.length()));
        }
        return locateNormalised(trimmed, context);
    }

    private Optional<TextSpan> locateNormalised(String claim, String context) {
        Normalised haystack = Normalised.of(context);
        String needle = Normalised.of(claim).text();
        int at = haystack.text().indexOf(needle);
        if (at < 0 || needle.isEmpty()) {
            return Optional.empty();
        }
        int end = haystack.origin()[at + needle.length() - 1] + 1;
        return Optional.of(new TextSpan(haystack.origin()[at], end));
    }

    /** Text with white space collapsed and quotes and dashes made plain, with each char's original offset. */
    private record Normalised(String text, int[] origin) {

        static Normalised of(String raw) {
            StringBuilder out = new StringBuilder(raw.length());
            int[] origin = new int[raw.length()];
            boolean space = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = out.length() > 0;
                    continue;
                }
                if (space) {
                    origin[out.length()] = i - 1;
                    out.append(' ');
                    space = false;
                }
                origin[out.length()] = i;
                out.append(plain(c));
            }
            return new Normalised(out.toString(), origin);
        }

        private static char plain(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2013', '\u2014', '\u2012', '\u2015', '\u2212' -> '-';
                default -> c;
            };
        }
    }
}
