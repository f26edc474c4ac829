package chanye.cli.solr;

import chanye.cli.CliRun;
import chanye.cli.Json;
import chanye.cli.reliability.ChanyeProcess;
import chanye.cli.site.GeneratedSite;
import chanye.cli.site.SampleManifest;
import chanye.cli.site.SampleSite;
import chanye.cli.site.SiteServer;
import chanye.crawler.url.HostPartition;
import chanye.crawler.url.UrlKeys;
import chanye.index.ArticleReader;
import chanye.index.IndexedArticle;
import chanye.index.LocalIndex;
import chanye.index.SearchParity;
import chanye.index.SearchRequest;
import chanye.classifier.ArticleClassifier;
import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.solr.SolrBackend;
import chanye.solr.SolrTarget;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakLingering;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * chanye on a real SolrCloud (Solr's {@code MiniSolrCloudCluster}: two nodes and ZooKeeper in this JVM, chanye's
 * plugin on its class path), driven as a user drives it: {@code chanye solr init}, then two real {@code chanye crawl
 * --partition} worker processes with one seeds file fill one collection, while a third crawls the same sites into a
 * local index; the collection then answers as the local index does. A node stopped during a crawl or a search loses
 * nothing, and bad input gets one line.
 */
@SolrTestCaseJ4.SuppressSSL
@ThreadLeakLingering(linger = 10_000)
public class SolrCloudEndToEndTest extends SolrCloudTestCase {

    private static final SampleManifest MANIFEST = SampleSite.manifest();
    private static final String COLLECTION = "news";
    private static final long CRAWL_SECONDS = 240;

    private static Path work;
    private static List<SiteServer> servers;
    private static Set<String> expectedUrls;
    private static List<JsonNode> workerSummaries;
    private static Path localData;

    @BeforeClass
    public static void crawlIntoSolrAndLocally() throws Exception {
        configureCluster(2).configure();
        work = createTempDir("work");
        servers = new ArrayList<>();
        expectedUrls = new HashSet<>();
        SiteServer sample = SiteServer.start(SampleSite::load);
        servers.add(sample);
        MANIFEST.articles().forEach(a -> expectedUrls.add(sample.baseUri().resolve(a.path()).toString()));
        for (long seed = 1; !bothPartitionsHaveAHost(); seed++) {
            GeneratedSite site = GeneratedSite.generate(12, seed);
            SiteServer server = SiteServer.start(site.site());
            servers.add(server);
            site.articles().keySet().forEach(path -> expectedUrls.add(server.baseUri().resolve(path).toString()));
        }
        Path seeds = work.resolve("seeds.txt");
        Files.write(seeds, servers.stream().map(s -> s.baseUri().toString()).toList(), StandardCharsets.UTF_8);

        CliRun init = CliRun.of("solr", "init", "--solr", zk(), "--collection", COLLECTION);
        assertEquals(init.err(), 0, init.exitCode());

        List<ChanyeProcess> workers = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            workers.add(ChanyeProcess.start(work.resolve("logs"), "--data", work.resolve("worker" + i).toString(),
                    "crawl", "--solr", i == 1 ? zk() : url(0), "--collection", COLLECTION, "--partition", i + "/2",
                    "--seeds-file", seeds.toString(), "--delay-ms", "0", "--json"));
        }
        localData = work.resolve("local");
        ChanyeProcess local = ChanyeProcess.start(work.resolve("logs"), "--data", localData.toString(), "crawl",
                "--seeds-file", seeds.toString(), "--delay-ms", "0", "--json");
        workerSummaries = new ArrayList<>();
        for (ChanyeProcess worker : workers) {
            assertEquals(worker.stderr(), 0, worker.waitFor(CRAWL_SECONDS));
            workerSummaries.add(Json.mapper().readTree(lastLine(worker.stdout())));
        }
        assertEquals(local.stderr(), 0, local.waitFor(CRAWL_SECONDS));
    }

    @AfterClass
    public static void stopSites() {
        if (servers != null) {
            servers.forEach(SiteServer::close);
        }
        servers = null;
        expectedUrls = null;
        workerSummaries = null;
        work = null;
        localData = null;
    }

    private static boolean bothPartitionsHaveAHost() {
        Set<Boolean> firstHalf = servers.stream()
                .map(s -> new HostPartition(0, 2).accept(s.baseUri().toString(), 0)).collect(Collectors.toSet());
        return firstHalf.size() == 2;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String zk() {
        return "zk:" + cluster.getZkServer().getZkAddress();
    }

    private static String url(int node) {
        return cluster.getJettySolrRunner(node).getBaseUrl().toString();
    }

    private static SolrBackend collection() {
        return new SolrBackend(SolrTarget.parse(zk()), COLLECTION, SolrCloudEndToEndTest::segmenter);
    }

    private static Segmenter segmenter() {
        return ArticleClassifier.segmenterFor(Taxonomy.loadDefault());
    }

    private static LocalIndex localIndex() {
        return new LocalIndex(localData.resolve("index"), segmenter());
    }

    private static List<String> storedUrls(SolrBackend backend) throws IOException {
        List<String> urls = new ArrayList<>();
        try (ArticleReader reader = backend.openReader()) {
            reader.forEach(article -> urls.add(article.url()));
        }
        return urls;
    }

    @Test
    public void twoPartitionedWorkersIndexEveryArticleOnce() throws Exception {
        List<String> urls = storedUrls(collection());
        assertEquals("no article twice", urls.size(), new HashSet<>(urls).size());
        assertEquals(expectedUrls, new HashSet<>(urls));
        long indexed = 0;
        for (int i = 0; i < 2; i++) {
            JsonNode summary = workerSummaries.get(i);
            HostPartition partition = new HostPartition(i, 2);
            long othersHosts = servers.stream().filter(s -> !partition.accept(s.baseUri().toString(), 0)).count();
            assertEquals(summary.toString(), othersHosts, summary.get("diverted").asLong());
            assertEquals(summary.toString(), 0, summary.get("errors").asLong());
            indexed += summary.get("indexed").asLong();
        }
        assertEquals(expectedUrls.size(), indexed);
        for (SiteServer server : servers) {
            assertEquals("each host is crawled by the local crawl and one worker: "
                    + UrlKeys.queueKey(server.baseUri().toString()), 2, server.requestCount("/robots.txt"));
        }
    }

    @Test
    public void theCollectionAnswersAsTheLocalIndexDoes() throws Exception {
        List<SearchRequest> requests = new ArrayList<>();
        for (SampleManifest.RelevanceCase relevance : MANIFEST.relevance()) {
            requests.add(new SearchRequest(relevance.query(), List.of(), null, null, null, null, 50, 0));
        }
        for (String query : MANIFEST.exampleSearches()) {
            requests.add(new SearchRequest(query, List.of(), null, null, null, SearchRequest.Sort.DATE, 50, 0));
            requests.add(new SearchRequest(query, List.of("cotton-textile", "coal"), "127.0.0.1", null, null,
                    null, 50, 0));
            requests.add(new SearchRequest(query, List.of(), null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30),
                    SearchRequest.Sort.DATE, 50, 0));
        }
        try (ArticleReader local = localIndex().openReader(); ArticleReader solr = collection().openReader()) {
            for (SearchRequest request : requests) {
                SearchParity.assertSameAnswer(request.toString(), request.sort(), local.search(request),
                        solr.search(request));
            }
            assertEquals(local.stats(), solr.stats());
            for (String url : expectedUrls) {
                assertEquals(url, withoutCrawlTime(local.get(url).orElseThrow()),
                        withoutCrawlTime(solr.get(url).orElseThrow()));
            }
        }
        for (String query : MANIFEST.exampleSearches()) {
            JsonNode local = searchJson("--data", localData.toString(), "search", query, "--json");
            JsonNode solr = searchJson("search", "--solr", url(1), "--collection", COLLECTION, query, "--json");
            assertEquals(query, local.get("total"), solr.get("total"));
            assertEquals(query, local.get("facets"), solr.get("facets"));
        }
        CliRun stats = CliRun.of("stats", "--solr", zk(), "--collection", COLLECTION, "--json");
        CliRun localStats = CliRun.of("--data", localData.toString(), "stats", "--json");
        assertEquals(localStats.out(), stats.out());
    }

    @Test
    public void reportAndExportReadTheCollectionAsTheLocalIndex() throws Exception {
        List<String> solr = List.of("--solr", url(0), "--collection", COLLECTION);
        List<List<String>> selections = List.of(List.of(), List.of("--cluster", "coal,cotton-textile", "--by", "week"),
                List.of("--site", "127.0.0.1", "--since", "2024-01-01"));
        for (List<String> selection : selections) {
            List<String> report = new ArrayList<>(List.of("report", "--json"));
            report.addAll(selection);
            assertEquals(selection.toString(), jsonOut(withData(report)), jsonOut(withSolr(report, solr)));
        }
        for (String format : List.of("csv", "jsonl")) {
            Path fromLocal = work.resolve("local-export." + format);
            Path fromSolr = work.resolve("solr-export." + format);
            List<String> export = List.of("export", "新疆", "--with-body", "--out");
            List<String> local = new ArrayList<>(withData(export));
            local.add(fromLocal.toString());
            List<String> cloud = new ArrayList<>(withSolr(export, solr));
            cloud.add(fromSolr.toString());
            assertEquals(0, CliRun.of(local.toArray(String[]::new)).exitCode());
            CliRun run = CliRun.of(cloud.toArray(String[]::new));
            assertEquals(run.err(), 0, run.exitCode());
            assertEquals(format, sortedRows(fromLocal), sortedRows(fromSolr));
            assertTrue(format, sortedRows(fromSolr).size() > 5);
        }
    }

    private static List<String> withData(List<String> args) {
        List<String> all = new ArrayList<>(List.of("--data", localData.toString()));
        all.addAll(args);
        return all;
    }

    private static List<String> withSolr(List<String> args, List<String> solr) {
        List<String> all = new ArrayList<>(args);
        all.addAll(1, solr);
        return all;
    }

    /** An export's rows (records, for CSV) sorted: the two indexes hand rows over in different orders. */
    private static List<String> sortedRows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        List<String> rows = new ArrayList<>(List.of(text.split(file.toString().endsWith(".csv") ? "\r\n(?=http)"
                : "\n")));
        rows.sort(null);
        return rows;
    }

    /** The JSON a successful command prints. */
    private static JsonNode jsonOut(List<String> args) throws IOException {
        return searchJson(args.toArray(String[]::new));
    }

    /** The article as two crawls of the same page store it alike: all but the time of the fetch. */
    private static IndexedArticle withoutCrawlTime(IndexedArticle a) {
        return new IndexedArticle(a.url(), a.site(), a.title(), a.body(), a.source(), a.author(), a.publishTime(),
                Instant.EPOCH, a.clusters(), a.keywords(), a.regions());
    }

    private static JsonNode searchJson(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertEquals(run.err(), 0, run.exitCode());
        return Json.mapper().readTree(run.out());
    }

    private static Set<String> urlsOf(JsonNode response) {
        Set<String> urls = new HashSet<>();
        response.get("hits").forEach(hit -> urls.add(hit.get("url").asText()));
        return urls;
    }

    @Test
    public void aNodeStoppedMidCrawlLosesNothingAndSearchesGoOn() throws Exception {
        CliRun init = CliRun.of("solr", "init", "--solr", url(0), "--collection", "outage");
        assertEquals(init.err(), 0, init.exitCode());
        String query = MANIFEST.exampleSearches().get(0);
        JsonNode before = searchJson("search", "--solr", zk(), "--collection", COLLECTION, query, "--json");
        GeneratedSite site = GeneratedSite.generate(80, 77);
        try (SiteServer server = SiteServer.start(site.site(), Duration.ofMillis(20))) {
            Path data = work.resolve("outage");
            String[] crawl = {"--data", data.toString(), "crawl", "--solr", zk(), "--collection", "outage",
                    "--seeds", server.baseUri().toString(), "--delay-ms", "0", "--json"};
            ChanyeProcess worker = ChanyeProcess.start(work.resolve("logs"), crawl);
            while (server.totalRequests() < 40 && worker.isAlive()) {
                Thread.sleep(50);
            }
            JettySolrRunner stopped = cluster.stopJettySolrRunner(0);
            int exit;
            try {
                exit = worker.waitFor(CRAWL_SECONDS);
                cluster.waitForJettyToStop(stopped);
                JsonNode during = searchJson("search", "--solr", zk(), "--collection", COLLECTION, query, "--json");
                assertEquals(before.get("total"), during.get("total"));
                assertEquals(before.get("facets"), during.get("facets"));
                assertEquals(urlsOf(before), urlsOf(during));
            } finally {
                cluster.startJettySolrRunner(stopped);
                cluster.waitForNode(stopped, 60);
                cluster.waitForActiveCollection("outage", 2, 4);
                cluster.waitForActiveCollection(COLLECTION, 2, 4);
            }
            if (exit != 0) {
                assertEquals(worker.stderr(), 1, exit);
                assertOneLine(worker.stderr(), "crawl --resume");
                ChanyeProcess resumed = ChanyeProcess.start(work.resolve("logs"), "--data", data.toString(), "crawl",
                        "--resume", "--json");
                assertEquals(resumed.stderr(), 0, resumed.waitFor(CRAWL_SECONDS));
            }
            Function<String, String> absolute = path -> server.baseUri().resolve(path).toString();
            Set<String> expected = site.articles().keySet().stream().map(absolute).collect(Collectors.toSet());
            List<String> urls = storedUrls(new SolrBackend(SolrTarget.parse(zk()), "outage",
                    SolrCloudEndToEndTest::segmenter));
            assertEquals("no article twice", urls.size(), new HashSet<>(urls).size());
            assertEquals(expected, new HashSet<>(urls));
        }
    }

    private static void assertOneLine(String stderr, String expected) {
        List<String> lines = stderr.lines().filter(line -> line.startsWith("chanye: ")).toList();
        assertEquals(stderr, 1, lines.size());
        assertTrue(stderr, lines.get(0).contains(expected));
        assertFalse(stderr, stderr.contains("\tat "));
    }

    @Test
    public void badInputGetsOneLineAndAnExitCode() {
        String missing = "collection nope does not exist at " + zk() + ": create it with chanye solr init";
        List<Object[]> cases = List.of(
                new Object[] {1, "cannot reach SolrCloud at http://127.0.0.1:9/solr (",
                        new String[] {"search", "棉花", "--solr", "http://127.0.0.1:9/solr"}},
                new Object[] {1, missing, new String[] {"stats", "--solr", zk(), "--collection", "nope"}},
                new Object[] {1, missing, new String[] {"--data", work.resolve("w9").toString(), "crawl", "--solr",
                        zk(), "--collection", "nope", "--seeds", "http://127.0.0.1:9/"}},
                new Object[] {1, "the Solr nodes use the chroot /wrong", new String[] {"stats", "--solr",
                        "zk:" + cluster.getZkServer().getZkHost() + "/wrong"}},
                new Object[] {2, "--solr ftp://x: 'ftp://x' is neither an http(s) URL nor zk:HOST:PORT",
                        new String[] {"stats", "--solr", "ftp://x"}},
                new Object[] {2, "--solr zk:localhost: 'localhost' is not HOST:PORT",
                        new String[] {"stats", "--solr", "zk:localhost"}},
                new Object[] {2, "--partition 3/2: I must be from 1 to 2", new String[] {"crawl", "--partition", "3/2",
                        "--seeds", "http://127.0.0.1:9/"}},
                new Object[] {2, "--partition a/b: give I/N", new String[] {"crawl", "--partition", "a/b",
                        "--seeds", "http://127.0.0.1:9/"}},
                new Object[] {2, "--partition 0/2: I must be from 1 to 2", new String[] {"crawl", "--partition",
                        "0/2", "--seeds", "http://127.0.0.1:9/"}},
                new Object[] {2, "--collection news needs a cluster", new String[] {"--data",
                        work.resolve("w8").toString(), "stats", "--collection", "news"}},
                new Object[] {2, "--collection a/b: not a collection name", new String[] {"stats", "--solr", zk(),
                        "--collection", "a/b"}});
        for (Object[] c : cases) {
            String[] args = (String[]) c[2];
            CliRun run = CliRun.of(args);
            String what = String.join(" ", args) + " -> " + run.err();
            assertEquals(what, c[0], run.exitCode());
            assertEquals(what, 1, run.err().strip().lines().count());
            assertTrue(what, run.err().contains((String) c[1]));
        }
    }
}
