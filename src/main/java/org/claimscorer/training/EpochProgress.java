package org.claimscorer.training;

import java.io.PrintStream;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints SGD training progress as it goes. Tribuo's SGD trainers log "At iteration N, average loss = L"
 * every {@code loggingInterval} examples; {@link TrainerSettings} sets that interval to one epoch, and
 * this handler turns each such record into an "epoch k" line. Other records are ignored.
 */
final class EpochProgress extends Handler {

    private static final Pattern LOSS = Pattern.compile("At iteration (\\d+), average loss = (\\S+)");

    private final int examplesPerEpoch;
    private final PrintStream out;

    EpochProgress(int examplesPerEpoch, PrintStream out) {
        this.examplesPerEpoch = Math.max(1, examplesPerEpoch);
        this.out = out;
    }

    @Override
    public void publish(LogRecord record) {
        Matcher m = LOSS.matcher(record.getMessage() == null ? "" : record.getMessage());
        if (m.find() && Long.parseLong(m.group(1)) > 0) {
            out.printf(Locale.ROOT, "    epoch %d: average loss %s%n", Long.parseLong(m.group(1)) / examplesPerEpoch, m.group(2));
        }
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
