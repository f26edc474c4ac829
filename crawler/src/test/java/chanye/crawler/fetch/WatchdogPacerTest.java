package chanye.crawler.fetch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okio.AsyncTimeout;
import org.junit.jupiter.api.Test;

class WatchdogPacerTest {

    @Test
    void timeoutsQueuedBehindThePacerOrAheadOfItStillFire() throws Exception {
        WatchdogPacer.start();
        WatchdogPacer.start();
        CountDownLatch fired = new CountDownLatch(2);
        for (long ms : new long[] {50, 2_500}) {
            AsyncTimeout timeout = new AsyncTimeout() {
                @Override
                protected void timedOut() {
                    fired.countDown();
                }
            };
            timeout.timeout(ms, TimeUnit.MILLISECONDS);
            timeout.enter();
        }
        assertTrue(fired.await(60, TimeUnit.SECONDS), "both timeouts fired");
    }
}
