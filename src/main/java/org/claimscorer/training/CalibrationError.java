package org.claimscorer.training;

import java.util.List;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Expected calibration error (ECE) of a probabilistic classifier: predictions are put in 10 equal-width
 * bins by their confidence (the top label's probability; bin i holds [i/10, (i+1)/10), the last bin
 * includes 1.0), and ECE = sum over bins of (bin size / n) * |accuracy in bin - mean confidence in bin|.
 * 0 is perfectly calibrated; a model that is right 80% of the time when it says 0.8 scores near 0.
 * Stateless.
 */
final class CalibrationError {

    static final int BINS = 10;

    /** ECE of Tribuo predictions whose examples carry the true label; 0 for no predictions. */
    double of(List<Prediction<Label>> predictions) {
        double[] confidence = new double[predictions.size()];
        boolean[] correct = new boolean[predictions.size()];
        for (int i = 0; i < confidence.length; i++) {
            Prediction<Label> p = predictions.get(i);
            confidence[i] = p.getOutput().getScore();
            correct[i] = p.getOutput().getLabel().equals(p.getExample().getOutput().getLabel());
        }
        return of(confidence, correct);
    }

    /** ECE of predictions given as confidence (in [0, 1]) and whether each was right. */
    double of(double[] confidence, boolean[] correct) {
        double[] confidenceSum = new double[BINS];
        int[] right = new int[BINS];
        int[] size = new int[BINS];
        for (int i = 0; i < confidence.length; i++) {
            int bin = Math.min(BINS - 1, (int) Math.floor(confidence[i] * BINS));
            confidenceSum[bin] += confidence[i];
            right[bin] += correct[i] ? 1 : 0;
            size[bin]++;
        }
        double ece = 0;
        for (int bin = 0; bin < BINS; bin++) {
            if (size[bin] > 0) {
                ece += (double) size[bin] / confidence.length * Math.abs((double) right[bin] / size[bin] - confidenceSum[bin] / size[bin]);
            }
        }
        return ece;
    }
}
