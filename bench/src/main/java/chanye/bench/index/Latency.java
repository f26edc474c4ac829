package chanye.bench.index;

import chanye.bench.Summary;
import java.util.Arrays;

/**
 * Search latency percentiles over one round of queries, in milliseconds.
 *
 * @param queries how many searches were timed
 * @param p50     the median
 * @param p95     the 95th percentile
 * @param p99     the 99th percentile
 * @param max     the slowest
 */
public record Latency(int queries, double p50, double p95, double p99, double max) {

    /** The percentiles of per-search times given in nanoseconds. */
    public static Latency ofNanos(long[] nanos) {
        double[] sorted = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
        return new Latency(sorted.length, Summary.percentile(sorted, 50), Summary.percentile(sorted, 95),
                Summary.percentile(sorted, 99), sorted[sorted.length - 1]);
    }
}
