package chanye.crawler.frontier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.fetch.Validators;
import chanye.crawler.robots.HostRules;
import chanye.crawler.state.QueuedUrl;
import chanye.crawler.state.UrlKind;
import crawlercommons.robots.SimpleRobotRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontierTest {

    private static final long MS = 1_000_000;

    private static QueuedUrl url(long seq, String host, String path) {
        return new QueuedUrl(seq, "http://" + host + path, host, 1, UrlKind.PAGE, Validators.NONE);
    }

    private static HostRules rules(long crawlDelayMs) {
        return new HostRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), crawlDelayMs, 0,
                List.of());
    }

    /** A frontier holding a.cn's URLs /1 and /2, its robots.txt read with a Crawl-delay, the host free at 0. */
    private static Frontier withRulesRead(long delayMs, long crawlDelayMs) {
        Frontier frontier = new Frontier(delayMs, 10);
        frontier.addAll(List.of(url(1, "a.cn", "/1"), url(2, "a.cn", "/2")));
        assertTrue(frontier.next(0, true).isRobots());
        frontier.rules("a.cn", rules(crawlDelayMs));
        frontier.release("a.cn", 0, 0, null);
        return frontier;
    }

    @Test
    void readsRobotsFirstThenKeepsOneRequestPerHostAndTheGap() {
        Frontier frontier = new Frontier(100, 10);
        frontier.addAll(List.of(url(1, "a.cn", "/1"), url(2, "a.cn", "/2"), url(3, "b.cn", "/1")));
        long t = 0;
        Work robotsA = frontier.next(t, true);
        Work robotsB = frontier.next(t, true);
        assertTrue(robotsA.isRobots() && robotsB.isRobots());
        assertNull(frontier.next(t, true), "both hosts busy");
        frontier.rules("a.cn", rules(0));
        frontier.release("a.cn", t, 0, null);
        assertNull(frontier.next(t + 99 * MS, true), "a.cn rests its 100 ms gap");
        Work first = frontier.next(t + 100 * MS, true);
        assertEquals("http://a.cn/1", first.url().url());
        frontier.release("a.cn", t + 150 * MS, 500, null);
        assertNull(frontier.next(t + 300 * MS, true), "a back-off of 500 ms outlasts the gap");
        assertEquals("http://a.cn/2", frontier.next(t + 650 * MS, true).url().url());
    }

    @Test
    void crawlDelayRaisesTheGapAndRetriesGoFirst() {
        Frontier frontier = withRulesRead(10, 2000);
        assertNull(frontier.next(1999 * MS, true));
        Work w = frontier.next(2000 * MS, true);
        frontier.release("a.cn", 2000 * MS, 0, w.url().retried());
        assertEquals(2, frontier.size());
        assertEquals(2000 * MS, frontier.nanosUntilDue(2000 * MS, true));
        Work retry = frontier.next(4000 * MS, true);
        assertEquals("http://a.cn/1", retry.url().url());
        assertEquals(1, retry.url().attempt());
    }

    @Test
    void noFetchesOnceTheBudgetIsSpent() {
        Frontier frontier = new Frontier(0, 10);
        frontier.addAll(List.of(url(1, "a.cn", "/1")));
        assertNotNull(frontier.next(0, false), "robots.txt is still read");
        frontier.rules("a.cn", rules(0));
        frontier.release("a.cn", 0, 0, null);
        assertNull(frontier.next(1, false));
        assertEquals(1, frontier.size());
    }

    @Test
    void onceTheBudgetIsSpentOnlyWorkThatMayStillBeHandedOutIsWaitedFor() {
        Frontier frontier = withRulesRead(0, 0);
        assertEquals(0, frontier.nanosUntilDue(0, true));
        assertEquals(Long.MAX_VALUE, frontier.nanosUntilDue(0, false),
                "a host holding only new URLs is due for nothing once the budget is spent");
        Work first = frontier.next(0, true);
        frontier.release("a.cn", 0, 300, first.url().retried());
        assertEquals(300 * MS, frontier.nanosUntilDue(0, false), "a retry is still waited for");
        frontier.addAll(List.of(url(3, "b.cn", "/1")));
        assertEquals(0, frontier.nanosUntilDue(0, false), "and a robots.txt to read");
    }

    @Test
    void retriesOfBegunUrlsGoOnAfterTheBudgetIsSpent() {
        Frontier frontier = withRulesRead(0, 0);
        Work first = frontier.next(1, true);
        frontier.release("a.cn", 1, 0, first.url().retried());
        assertTrue(frontier.hasRetries());
        assertEquals("http://a.cn/1", frontier.next(2, false).url().url());
        frontier.release("a.cn", 3, 0, null);
        assertFalse(frontier.hasRetries());
        assertNull(frontier.next(4, false));
    }

    @Test
    void aHostFailingTooOftenInARowIsGivenUpAndItsLaterUrlsAreLeftOut() {
        Frontier frontier = new Frontier(0, 3);
        frontier.addAll(List.of(url(1, "a.cn", "/1"), url(2, "a.cn", "/2"), url(3, "a.cn", "/3"),
                url(4, "a.cn", "/4"), url(5, "b.cn", "/1")));
        frontier.rules("a.cn", rules(0));
        frontier.rules("b.cn", rules(0));
        assertFalse(frontier.release("a.cn", 0, 0, null, true));
        assertFalse(frontier.release("a.cn", 0, 0, null, false), "an answer clears the count");
        Work w = frontier.next(1, true);
        assertFalse(frontier.release("a.cn", 1, 0, w.url().retried(), true));
        assertFalse(frontier.release("a.cn", 1, 0, null, true));

        Work last = frontier.next(2, true);
        assertTrue(frontier.release("a.cn", 2, 0, last.url().retried(), true), "a third failure in a row");

        assertEquals(1, frontier.size(), "only b.cn's URL is left");
        frontier.addAll(List.of(url(6, "a.cn", "/6")));
        assertEquals(1, frontier.size(), "later URLs of a.cn are left in the store");
        assertEquals("http://b.cn/1", frontier.next(3, true).url().url());
        assertNull(frontier.next(3, true));
    }
}
