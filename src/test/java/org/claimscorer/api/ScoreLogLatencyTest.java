package org.claimscorer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The log line's latency: milliseconds with exactly two decimals, rounded half up. */
class ScoreLogLatencyTest {

    @Test
    void latencyIsMillisecondsWithTwoDecimals() {
        assertEquals("0.00", ScoreLog.millis(0));
        assertEquals("0.00", ScoreLog.millis(4_999));
        assertEquals("0.01", ScoreLog.millis(5_000));
        assertEquals("0.09", ScoreLog.millis(94_000));
        assertEquals("3.07", ScoreLog.millis(3_071_234));
        assertEquals("12.50", ScoreLog.millis(12_495_000));
        assertEquals("1234.57", ScoreLog.millis(1_234_567_890L));
    }

    @Test
    void aClockThatStepsBackLogsZero() {
        assertEquals("0.00", ScoreLog.millis(-42));
    }
}
