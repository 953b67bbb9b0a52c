package org.claimscorer.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.claimscorer.claim.Claim;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: times feature extraction over contexts of 1 KB, 10 KB and 100 KB built by
 * several adversarial generators and prints each time and the ratio between sizes (10 for linear
 * growth, 100 for quadratic). Not in the default run (the name does not end in Test); run it with
 * {@code ./mvnw -B test -Dtest=ExtractionScalingBenchmark}. It asserts nothing about time.
 */
class ExtractionScalingBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000};
    private static final String CLAIM = "The minister said the plant will close.";
    private final FeatureExtractor extractor = FeatureExtractor.bundled();

    @Test
    void printExtractionTimeBySize() {
        Random random = new Random(11);
        String pieces = String.join(" ", FeatureExtractorPropertiesTest.PIECES);
        String[][] generators = {
            {"prose without sentence breaks", "the minister of the company told a reporter that "},
            {"cue words", "said according to told denied reportedly "},
            {"quote marks", "\"\u201C\u201D'"},
            {"opening curly quotes", "\u201C"},
            {"abbreviations", "U.S. Dr. Mr. Gen. Inc. "},
            {"names and titles", "Maria Smith, the minister, said that John Doe, the spokesperson, "},
            {"emoji and combining marks", "\uD83D\uDE00e\u0301\u202E "},
            {"random adversarial pieces", shuffled(pieces, random)},
            {"sentences", "Officials said the talks stalled. \"We will win,\" Smith said. "},
        };
        System.out.println("generator | 1 KB ms | 10 KB ms | 100 KB ms | 10K/1K | 100K/10K");
        for (String[] generator : generators) {
            double[] ms = new double[SIZES.length];
            for (int i = 0; i < SIZES.length; i++) {
                ms[i] = medianMillis(context(generator[1], SIZES[i]));
            }
            System.out.printf(Locale.ROOT, "%s | %.3f | %.3f | %.3f | %.1f | %.1f%n", generator[0], ms[0], ms[1], ms[2],
                    ms[1] / ms[0], ms[2] / ms[1]);
        }
    }

    private double medianMillis(String context) {
        Claim claim = Claim.of(CLAIM, context);
        int runs = context.length() > 50_000 ? 15 : 60;
        for (int i = 0; i < runs; i++) {
            extractor.extract(claim);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            extractor.extract(claim);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static String context(String unit, int size) {
        String body = unit.repeat(size / unit.length() + 1).substring(0, size - CLAIM.length() - 1);
        return body + " " + CLAIM;
    }

    private static String shuffled(String text, Random random) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        java.util.Collections.shuffle(words, random);
        return String.join(" ", words) + " ";
    }
}
