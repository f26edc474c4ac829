package chanye.crawler.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.CrawlStateException;
import chanye.crawler.fetch.Validators;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlStoreTest {

    @TempDir
    Path data;

    private static NewUrl page(String path) {
        return new NewUrl("http://news.example.cn" + path, "news.example.cn", 1, UrlKind.PAGE);
    }

    private static Completion article(String path, Validators validators) {
        return new Completion("http://news.example.cn" + path, UrlStatus.DONE, null, Instant.now(), validators, true);
    }

    @Test
    void queuesEachUrlOncePerRunInOrder() throws Exception {
        try (CrawlStore store = CrawlStore.open(data, false)) {
            assertEquals(2, store.enqueue(List.of(page("/a"), page("/b"), page("/a"))));
            assertEquals(0, store.enqueue(List.of(page("/b"))));
            assertEquals(1, store.enqueue(List.of(page("/c"))));
            List<QueuedUrl> first = store.queuedAfter(0, 2);
            assertEquals(List.of("http://news.example.cn/a", "http://news.example.cn/b"),
                    first.stream().map(QueuedUrl::url).toList());
            List<QueuedUrl> rest = store.queuedAfter(first.get(1).seq(), 10);
            assertEquals(List.of("http://news.example.cn/c"), rest.stream().map(QueuedUrl::url).toList());
            store.complete(List.of(article("/a", Validators.NONE)));
            assertEquals(2, store.count(UrlStatus.QUEUED));
            assertEquals(1, store.count(UrlStatus.DONE));
        }
    }

    @Test
    void resumeContinuesTheQueueAndANewRunFetchesAgainConditionally() throws Exception {
        try (CrawlStore store = CrawlStore.open(data, false)) {
            store.enqueue(List.of(page("/a"), page("/b"), page("/list")));
            store.complete(List.of(article("/a", new Validators("\"e1\"", "Fri, 27 Nov 2026 02:00:00 GMT")),
                    new Completion("http://news.example.cn/list", UrlStatus.DONE, null, Instant.now(),
                            new Validators("\"l1\"", null), false)));
        }
        try (CrawlStore resumed = CrawlStore.open(data, true)) {
            assertEquals(1, resumed.run());
            assertEquals(List.of("http://news.example.cn/b"),
                    resumed.queuedAfter(0, 10).stream().map(QueuedUrl::url).toList());
        }
        try (CrawlStore fresh = CrawlStore.open(data, false)) {
            assertEquals(2, fresh.run());
            assertTrue(fresh.queuedAfter(0, 10).isEmpty(), "the unfinished queue of run 1 is dropped");
            assertEquals(3, fresh.enqueue(List.of(page("/a"), page("/b"), page("/list"))));
            List<QueuedUrl> queued = fresh.queuedAfter(0, 10);
            assertEquals(new Validators("\"e1\"", "Fri, 27 Nov 2026 02:00:00 GMT"), queued.get(0).validators());
            assertTrue(queued.get(2).validators().isEmpty(), "list pages are always fetched in full");
        }
    }

    @Test
    void markSeenKeepsAUrlFromBeingQueued() throws Exception {
        try (CrawlStore store = CrawlStore.open(data, false)) {
            assertTrue(store.markSeen(page("/canonical")));
            assertFalse(store.markSeen(page("/canonical")));
            assertEquals(0, store.enqueue(List.of(page("/canonical"))));
        }
    }

    @Test
    void aSecondCrawlOnTheSameDataIsRefused() throws Exception {
        try (CrawlStore first = CrawlStore.open(data, false)) {
            CrawlStateException e = assertThrows(CrawlStateException.class, () -> CrawlStore.open(data, true));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
        try (CrawlStore again = CrawlStore.open(data, true)) {
            assertEquals(1, again.run());
        }
    }

    @Test
    void aCorruptStoreSaysHowToRecover() throws Exception {
        Files.createDirectories(data.resolve("crawl"));
        Files.write(data.resolve("crawl/state.db"), "这不是数据库文件".repeat(200).getBytes(StandardCharsets.UTF_8));
        CrawlStateException e = assertThrows(CrawlStateException.class, () -> CrawlStore.open(data, true));
        assertTrue(e.getMessage().contains("unreadable") && e.getMessage().contains("delete"), e.getMessage());
        assertEquals(data.resolve("crawl/state.db"), e.path());
    }
}
