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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
    void countsTheWritesThatQueueUrls() throws Exception {
        try (CrawlStore store = CrawlStore.open(data, false)) {
            long before = store.queueWrites();
            store.enqueue(List.of(page("/a"), page("/b")));
            assertEquals(before + 1, store.queueWrites());
            store.enqueue(List.of(page("/a")));
            store.enqueue(List.of());
            store.defer(List.of(new NewUrl("http://news.example.cn/deep", "news.example.cn", 9, UrlKind.PAGE)));
            store.markSeen(page("/canonical"));
            store.complete(List.of(article("/a", Validators.NONE)));
            assertEquals(before + 1, store.queueWrites(), "nothing else queues a URL");
            assertEquals(1, store.requeueDeferred(9));
            assertEquals(before + 2, store.queueWrites());
        }
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
    void deferredUrlsAreCountedOnceAndQueuedWhenFoundWithinTheBoundOrByADeeperResume() throws Exception {
        try (CrawlStore store = CrawlStore.open(data, false)) {
            NewUrl deep = new NewUrl("http://news.example.cn/deep", "news.example.cn", 4, UrlKind.PAGE);
            NewUrl deeper = new NewUrl("http://news.example.cn/deeper", "news.example.cn", 5, UrlKind.PAGE);
            assertEquals(2, store.defer(List.of(deep, deeper)));
            assertEquals(0, store.defer(List.of(deep)));
            assertEquals(1, store.enqueue(List.of(new NewUrl(deep.url(), deep.host(), 3, UrlKind.PAGE))),
                    "found again within the bound, it is queued after all");
            assertEquals(1, store.count(UrlStatus.DEFERRED));
        }
        try (CrawlStore resumed = CrawlStore.open(data, true)) {
            assertEquals(0, resumed.requeueDeferred(4));
            assertEquals(1, resumed.requeueDeferred(5));
            assertEquals(List.of("http://news.example.cn/deep", "http://news.example.cn/deeper"),
                    resumed.queuedAfter(0, 10).stream().map(QueuedUrl::url).sorted().toList());
        }
    }

    @Test
    void aPageGoneCountsOncePerRunAndItsDocumentIsKeptUntilRemoved() throws Exception {
        String url = "http://news.example.cn/a";
        Completion gone = new Completion(url, UrlStatus.GONE, "HTTP 404", null, null, false);
        try (CrawlStore first = CrawlStore.open(data, false)) {
            first.enqueue(List.of(page("/a")));
            first.complete(List.of(new Completion(url, UrlStatus.DONE, null, Instant.now(), Validators.NONE, true,
                    url)));
        }
        try (CrawlStore second = CrawlStore.open(data, false)) {
            second.enqueue(List.of(page("/a")));
            assertEquals(0, second.queuedAfter(0, 1).get(0).goneRuns());
            second.complete(List.of(gone));
            assertEquals(0, second.queuedAfter(0, 1).size());
        }
        try (CrawlStore resumed = CrawlStore.open(data, true)) {
            resumed.complete(List.of(gone));
        }
        try (CrawlStore third = CrawlStore.open(data, false)) {
            third.enqueue(List.of(page("/a")));
            QueuedUrl queued = third.queuedAfter(0, 1).get(0);
            assertEquals(1, queued.goneRuns(), "two 404s in one run count once");
            assertEquals(url, queued.document());
            third.complete(List.of(gone));
            List<GonePage> pages = third.gonePages();
            assertEquals(List.of(new GonePage(url, url)), pages);
            third.markRemoved(pages);
            assertTrue(third.gonePages().isEmpty());
            assertEquals(1, third.count(UrlStatus.REMOVED));
        }
    }

    @Test
    void aStateWrittenWithSchemaOneIsUpgradedKeepingItsArticles() throws Exception {
        Files.createDirectories(data.resolve("crawl"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("crawl/state.db"));
             Statement st = db.createStatement()) {
            st.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            st.execute("CREATE TABLE urls(url TEXT PRIMARY KEY, host TEXT NOT NULL, depth INTEGER NOT NULL, "
                    + "kind TEXT NOT NULL, run INTEGER NOT NULL, status TEXT NOT NULL, seq INTEGER NOT NULL, "
                    + "reason TEXT, fetched_at INTEGER, etag TEXT, last_modified TEXT, "
                    + "article INTEGER NOT NULL DEFAULT 0)");
            st.execute("INSERT INTO meta VALUES('run', '1')");
            st.execute("INSERT INTO urls(url, host, depth, kind, run, status, seq, article) "
                    + "VALUES('http://news.example.cn/a', 'news.example.cn', 1, 'PAGE', 1, 'DONE', 1, 1)");
            st.execute("PRAGMA user_version=1");
        }
        try (CrawlStore store = CrawlStore.open(data, false)) {
            store.enqueue(List.of(page("/a")));
            QueuedUrl queued = store.queuedAfter(0, 1).get(0);
            assertEquals("http://news.example.cn/a", queued.document());
            assertEquals(0, queued.goneRuns());
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
