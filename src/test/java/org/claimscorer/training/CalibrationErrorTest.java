package org.claimscorer.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalibrationErrorTest {

    private final CalibrationError ece = new CalibrationError();

    @Test
    void handComputedCase() {
        // bin 9 [0.9, 1.0]: 0.95 right, 0.95 wrong, 1.0 right -> accuracy 2/3, confidence 0.9667, gap 0.3, weight 3/6
        // bin 8 [0.8, 0.9): 0.85 right -> gap 0.15, weight 1/6
        // bin 5 [0.5, 0.6): 0.55 right twice -> gap 0.45, weight 2/6
        double value = ece.of(new double[] {0.95, 0.95, 0.85, 0.55, 0.55, 1.0},
                new boolean[] {true, false, true, true, true, true});
        assertEquals(0.15 + 0.025 + 0.15, value, 1e-12);
    }

    @Test
    void confidenceMatchingAccuracyScoresZero() {
        assertEquals(0.0, ece.of(new double[] {0.75, 0.75, 0.75, 0.75}, new boolean[] {true, true, true, false}), 1e-12);
    }

    @Test
    void noPredictionsScoreZero() {
        assertEquals(0.0, ece.of(new double[0], new boolean[0]));
    }
}
