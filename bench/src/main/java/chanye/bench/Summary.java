package chanye.bench;

import java.util.Arrays;

/**
 * The centre and spread of repeated measurements of one figure: these machines are noisy, so every figure is
 * reported as a median with its range rather than as a single run.
 *
 * @param runs   how many measurements
 * @param median the median
 * @param min    the smallest
 * @param max    the largest
 */
public record Summary(int runs, double median, double min, double max) {

    /**
     * Summarises measurements.
     *
     * @throws IllegalArgumentException when there are none
     */
    public static Summary of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no measurements to summarise");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Summary(sorted.length, percentile(sorted, 50), sorted[0], sorted[sorted.length - 1]);
    }

    /**
     * The value below which {@code percent} per cent of the sorted samples lie, interpolating linearly between
     * neighbours (the definition spreadsheets and numpy use by default).
     */
    public static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double rank = percent / 100.0 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /** This summary with every value multiplied by {@code factor}, e.g. passes per second to pages per second. */
    public Summary times(double factor) {
        return new Summary(runs, median * factor, min * factor, max * factor);
    }
}
