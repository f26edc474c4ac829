package chanye.bench.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyTest {

    @Test
    void percentilesAreInMillisecondsOverTheSortedTimes() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000L).toArray();
        Latency latency = Latency.ofNanos(nanos);
        assertEquals(100, latency.queries());
        assertEquals(50.5, latency.p50(), 1e-9);
        assertEquals(95.05, latency.p95(), 1e-9);
        assertEquals(99.01, latency.p99(), 1e-9);
        assertEquals(100, latency.max(), 1e-9);
    }
}
