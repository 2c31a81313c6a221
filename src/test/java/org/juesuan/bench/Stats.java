package org.juesuan.bench;

import java.util.Arrays;
import java.util.List;

/** Medians: the benchmark reports the middle of its repetitions, not the best or the mean. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    /** The q-quantile (0 ≤ q ≤ 1), interpolated between the two nearest values: how far the repetitions spread. */
    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
