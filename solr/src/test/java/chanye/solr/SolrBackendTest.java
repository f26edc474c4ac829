package chanye.solr;

import chanye.classifier.taxonomy.Taxonomy;
import chanye.index.ArticleReader;
import chanye.index.ArticleWriter;
import chanye.index.BackendContract;
import chanye.index.FixtureArticles;
import chanye.index.IndexBackend;
import chanye.index.IndexedArticle;
import chanye.index.InvalidQueryException;
import chanye.index.LocalIndex;
import chanye.index.SearchParity;
import chanye.index.SearchRequest;
import chanye.index.SearchResponse;
import chanye.index.StoredArticle;
import chanye.index.report.Period;
import chanye.index.report.Report;
import chanye.index.report.ReportRequest;
import chanye.index.schema.ArticleFields;
import chanye.solr.configset.ConfigSet;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakLingering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The Solr backend on a real SolrCloud (Solr's own {@code MiniSolrCloudCluster}: two nodes and an embedded ZooKeeper
 * in this JVM), with chanye's generated configset and plugin: it keeps the backend contract, answers every search as
 * the local index does on the same articles (and reports and exports alike), goes on with a node down, and says what is wrong in one line.
 */
@SolrTestCaseJ4.SuppressSSL
@ThreadLeakLingering(linger = 10_000)
public class SolrBackendTest extends SolrCloudTestCase {

    private static final String CONTRACT = "contract";
    private static final String PARITY = "parity";
    private static final String FOREIGN = "foreign";

    private static Path localDir;
    private static LocalIndex local;
    private static SolrBackend parity;

    @BeforeClass
    public static void startCluster() throws Exception {
        Path configs = createTempDir("configsets");
        configureCluster(2)
                .addConfig(SolrTestCluster.CONFIG, SolrTestCluster.writeConfigSet(configs.resolve("chanye")))
                .addConfig("plain", plainConfigSet(configs.resolve("plain")))
                .configure();
        createCollection(CONTRACT, SolrTestCluster.CONFIG, 2, 2);
        createCollection(PARITY, SolrTestCluster.CONFIG, 2, 2);
        createCollection(FOREIGN, "plain", 1, 1);
        localDir = createTempDir("local");
        local = new LocalIndex(localDir.resolve("index"), SolrTestCluster.segmenter());
        parity = SolrTestCluster.backend(zkTarget(), PARITY);
        for (IndexBackend backend : List.of(local, parity)) {
            try (ArticleWriter writer = backend.openWriter()) {
                for (IndexedArticle article : FixtureArticles.all()) {
                    writer.upsert(article);
                }
                writer.commit();
                for (IndexedArticle copy : republished()) {
                    writer.upsert(copy);
                }
                writer.commit();
            }
        }
    }

    /**
     * Every fifth fixture article republished on another site, a day later, with an editor's note and another
     * source line: copies that join their original's story.
     */
    private static List<IndexedArticle> republished() {
        List<IndexedArticle> copies = new ArrayList<>();
        List<IndexedArticle> all = FixtureArticles.all();
        for (int i = 0; i < all.size(); i += 5) {
            IndexedArticle a = all.get(i);
            copies.add(new IndexedArticle(a.url().replaceFirst("://[^/]+/", "://copies.example/"), "copies.example",
                    "转载：" + a.title(), "编者按：本文转自" + a.site() + "。\n" + a.body(), "丝路转载网", a.author(),
                    a.publishTime() == null ? null : a.publishTime().plusDays(1), a.crawlTime(), a.clusters(),
                    a.keywords(), a.regions()));
        }
        return copies;
    }

    @AfterClass
    public static void forget() {
        local = null;
        parity = null;
        localDir = null;
    }

    private static void createCollection(String name, String config, int shards, int replicas) throws Exception {
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(name, config, shards, replicas);
        if (!config.equals("plain")) {
            create.setRouterField(ArticleFields.STORY);
        }
        create.process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, shards, shards * replicas);
    }

    /** A configset that is not chanye's: a schema with only an id. */
    private static Path plainConfigSet(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("schema.xml"), """
                <schema name="plain" version="1.6">
                  <uniqueKey>id</uniqueKey>
                  <fieldType name="string" class="solr.StrField"/>
                  <fieldType name="plong" class="solr.LongPointField"/>
                  <field name="id" type="string" indexed="true" stored="true" required="true"/>
                  <field name="_version_" type="plong" indexed="false" stored="false" docValues="true"/>
                </schema>
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("solrconfig.xml"), """
                <config>
                  <luceneMatchVersion>9.12</luceneMatchVersion>
                  <directoryFactory name="DirectoryFactory" class="${solr.directoryFactory:solr.NRTCachingDirectoryFactory}"/>
                  <schemaFactory class="ClassicIndexSchemaFactory"/>
                  <updateHandler class="solr.DirectUpdateHandler2"><updateLog/></updateHandler>
                  <requestHandler name="/select" class="solr.SearchHandler"/>
                </config>
                """, StandardCharsets.UTF_8);
        return dir;
    }

    private static SolrTarget zkTarget() {
        return SolrTestCluster.viaZooKeeper(cluster.getZkServer().getZkAddress());
    }

    private static SolrTarget urlTarget(int node) {
        return SolrTarget.parse(cluster.getJettySolrRunner(node).getBaseUrl().toString());
    }

    @Test
    public void keepsTheBackendContract() throws Exception {
        SolrBackend backend = SolrTestCluster.backend(urlTarget(0), CONTRACT);
        for (BackendContract.NamedCheck check : BackendContract.checks()) {
            new UpdateRequest().deleteByQuery("*:*").commit(cluster.getSolrClient(), CONTRACT);
            check.check().run(backend);
        }
    }

    /** Searches that exercise every part of a request: words, phrases, OR, exclusions, one character, filters. */
    private static List<SearchRequest> parityRequests() throws IOException {
        List<SearchRequest> requests = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(resource("/relevance-queries.tsv")), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                requests.add(request(line.split("\t")[0], List.of(), null, null, null, SearchRequest.Sort.RELEVANCE));
            }
        }
        for (String query : List.of("煤", "光", "\"光伏 组件\"", "新疆 -光伏", "棉花 OR 小麦", "塔里", "项目")) {
            requests.add(request(query, List.of(), null, null, null, SearchRequest.Sort.RELEVANCE));
            requests.add(request(query, List.of(), null, null, null, SearchRequest.Sort.DATE));
        }
        requests.add(request("项目", List.of("coal", "new-energy"), null, null, null, SearchRequest.Sort.RELEVANCE));
        requests.add(request("新疆", List.of("煤炭煤电煤化工"), null, null, null, SearchRequest.Sort.DATE));
        String site = FixtureArticles.all().get(0).site();
        requests.add(request("新疆", List.of(), site.toUpperCase(java.util.Locale.ROOT), null, null,
                SearchRequest.Sort.RELEVANCE));
        requests.add(request("新疆", List.of(), null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30),
                SearchRequest.Sort.DATE));
        requests.add(request("新疆", List.of(), null, LocalDate.of(2024, 5, 1), null, SearchRequest.Sort.RELEVANCE));
        for (String query : List.of("新疆", "项目 OR 产业", "煤")) {
            for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
                requests.add(new SearchRequest(query, List.of(), List.of(), null, null, sort, 100, 0, List.of(), null,
                        true));
                requests.add(new SearchRequest(query, List.of(), List.of("copies.example"), null, null, sort, 100, 0,
                        List.of(), null, false));
            }
        }
        requests.add(new SearchRequest("", List.of("coal", "cotton-textile"), List.of(), null, null,
                SearchRequest.Sort.DATE, 100, 0, List.of(), null, false));
        requests.add(new SearchRequest("", List.of(), List.of(), null, null, SearchRequest.Sort.DATE, 100, 0,
                List.of("哈密", "昌吉"), null, true));
        requests.add(new SearchRequest("", List.of(), List.of(), LocalDate.of(2024, 1, 1), null,
                SearchRequest.Sort.DATE, 100, 0, List.of(), null, false));
        return requests;
    }

    private static String resource(String name) {
        try {
            return Path.of(FixtureArticles.class.getResource(name).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static SearchRequest request(String query, List<String> clusters, String site, LocalDate since,
                                         LocalDate until, SearchRequest.Sort sort) {
        return new SearchRequest(query, clusters, site, since, until, sort, 100, 0);
    }

    @Test
    public void answersEverySearchAsTheLocalIndexDoes() throws Exception {
        try (ArticleReader expected = local.openReader(); ArticleReader actual = parity.openReader()) {
            int compared = 0;
            for (SearchRequest request : parityRequests()) {
                SearchResponse answer = expected.search(request);
                SearchParity.assertSameAnswer(request.toString(), request.sort(), answer, actual.search(request));
                compared += answer.total() > 0 ? 1 : 0;
            }
            assertTrue("most parity searches have hits: " + compared, compared > 40);
            assertEquals(expected.stats(), actual.stats());
        }
    }

    /** Selections of a report and an export: everything, a query, filters of each kind. */
    private static List<SearchRequest> selections() {
        return List.of(
                new SearchRequest("", List.of(), List.of(), null, null, null, 0, 0, List.of(), null, true),
                new SearchRequest("新疆 OR 项目", List.of(), List.of(), null, null, null, 0, 0, List.of(), null, true),
                new SearchRequest("", List.of("coal", "new-energy"), List.of(), LocalDate.of(2024, 1, 1), null, null,
                        0, 0, List.of(), null, true),
                new SearchRequest("", List.of(), List.of("copies.example"), null, null, null, 0, 0, List.of(), null,
                        true),
                new SearchRequest("", List.of(), List.of(), null, null, null, 0, 0, List.of("哈密市", "昌吉回族自治州"),
                        null, true));
    }

    @Test
    public void reportsAndExportsAsTheLocalIndexDoes() throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        Taxonomy.loadDefault().clusters().forEach(cluster -> names.put(cluster.id(), cluster.name()));
        try (ArticleReader expected = local.openReader(); ArticleReader actual = parity.openReader()) {
            for (SearchRequest selection : selections()) {
                for (Period by : Period.values()) {
                    ReportRequest request = new ReportRequest(selection, by, names);
                    Report want = expected.report(request);
                    assertTrue("the selection keeps articles: " + selection, want.documents() > 0);
                    assertEquals(selection + " by " + by, want, actual.report(request));
                }
                for (boolean withBody : List.of(false, true)) {
                    assertEquals(selection + (withBody ? " with bodies" : ""), exported(expected, selection, withBody),
                            exported(actual, selection, withBody));
                }
            }
        }
    }

    /** What an export hands over, in URL order. */
    private static List<StoredArticle> exported(ArticleReader reader, SearchRequest selection, boolean withBody)
            throws Exception {
        List<StoredArticle> articles = new ArrayList<>();
        long count = reader.export(selection, withBody, articles::add);
        assertEquals(articles.size(), count);
        articles.sort(java.util.Comparator.comparing(stored -> stored.article().url()));
        return articles;
    }

    @Test
    public void pagesAreSlicesOfTheWholeList() throws Exception {
        try (ArticleReader reader = parity.openReader()) {
            SearchRequest all = request("煤 OR 棉花 OR 光伏 OR 石油 OR 小麦", List.of(), null, null, null, SearchRequest.Sort.DATE);
            SearchResponse whole = reader.search(all);
            assertTrue("enough hits to page: " + whole.total(), whole.total() >= 8);
            SearchResponse page = reader.search(new SearchRequest(all.query(), List.of(), null, null, null,
                    SearchRequest.Sort.DATE, 3, 2));
            assertEquals(whole.total(), page.total());
            assertEquals(whole.hits().subList(2, 5).stream().map(h -> h.url()).toList(),
                    page.hits().stream().map(h -> h.url()).toList());
            SearchResponse none = reader.search(new SearchRequest(all.query(), List.of(), null, null, null,
                    SearchRequest.Sort.RELEVANCE, 0, 0));
            assertEquals(whole.total(), none.total());
            assertEquals(whole.facets(), none.facets());
        }
    }

    @Test
    public void rejectsBadQueriesWithTheLocalIndexsWords() throws Exception {
        try (ArticleReader expected = local.openReader(); ArticleReader actual = parity.openReader()) {
            for (String query : List.of("\"光伏", "的 了", "-光伏", "光伏 OR", "光".repeat(201), "?!（）")) {
                SearchRequest request = request(query, List.of(), null, null, null, SearchRequest.Sort.RELEVANCE);
                InvalidQueryException want = expectThrows(InvalidQueryException.class, () -> expected.search(request));
                InvalidQueryException got = expectThrows(InvalidQueryException.class, () -> actual.search(request));
                assertEquals(query, want.getMessage(), got.getMessage());
            }
        }
    }

    @Test
    public void searchesGoOnWithANodeDown() throws Exception {
        JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
        try {
            cluster.waitForJettyToStop(stopped);
            try (ArticleReader expected = local.openReader(); ArticleReader actual = parity.openReader()) {
                SearchRequest request = request("棉花", List.of(), null, null, null, SearchRequest.Sort.RELEVANCE);
                SearchParity.assertSameAnswer("node down", request.sort(), expected.search(request),
                        actual.search(request));
            }
            try (ArticleReader throughLiveNode = SolrTestCluster.backend(urlTarget(0), PARITY).openReader()) {
                assertEquals(FixtureArticles.all().size() + republished().size(),
                        throughLiveNode.stats().documents());
            }
        } finally {
            cluster.startJettySolrRunner(stopped);
            cluster.waitForNode(stopped, 60);
            cluster.waitForActiveCollection(PARITY, 2, 4);
            cluster.waitForActiveCollection(CONTRACT, 2, 4);
        }
    }

    @Test
    public void initMakesACollectionOnceAndRefusesAnotherConfigSet() throws Exception {
        ConfigSet ours = ConfigSet.generate(Taxonomy.loadDefault(), SolrTestCluster.defaultTaxonomyJson());
        try (SolrAdmin admin = SolrAdmin.connect(urlTarget(0), "made")) {
            assertEquals(List.of("uploaded configset made", "created collection made (2 shards x 1 replicas)"),
                    admin.init(ours, 2, 1));
            List<String> again = admin.init(ours, 2, 1);
            assertEquals(again.toString(), 1, again.size());
            assertTrue(again.get(0), again.get(0).startsWith("collection made exists (2 shards x 1 replicas"));
            assertTrue(admin.taxonomy().classifiesLike(Taxonomy.loadDefault()));
            Taxonomy other = Taxonomy.loadBundled("xinjiang-2025-10");
            SolrUnavailableException e = expectThrows(SolrUnavailableException.class,
                    () -> admin.init(ConfigSet.generate(other, "{}".getBytes(StandardCharsets.UTF_8)), 2, 1));
            assertTrue(e.getMessage(), e.getMessage().contains("taxonomy-terms.txt differs (another taxonomy)"));
        }
        try (SolrAdmin admin = SolrAdmin.connect(zkTarget(), FOREIGN)) {
            SolrUnavailableException e = expectThrows(SolrUnavailableException.class, () -> admin.init(ours, 1, 1));
            assertTrue(e.getMessage(), e.getMessage().startsWith("collection foreign (configset plain) at zk:"));
            assertTrue(e.getMessage(), e.getMessage().contains("schema.xml differs (fields it lacks: author, body,"));
            expectThrows(SolrUnavailableException.class, admin::taxonomy);
        }
        new UpdateRequest().deleteByQuery("*:*").commit(cluster.getSolrClient(), "made");
        try (ArticleWriter writer = SolrTestCluster.backend(zkTarget(), "made").openWriter()) {
            assertEquals(chanye.index.UpsertResult.INDEXED, writer.upsert(FixtureArticles.all().get(0)));
        }
    }

    @Test
    public void saysWhatIsWrongInOneLine() throws Exception {
        assertMessage(SolrTestCluster.backend(zkTarget(), "nope"),
                "collection nope does not exist at zk:" + cluster.getZkServer().getZkAddress()
                        + ": create it with chanye solr init");
        assertMessage(SolrTestCluster.backend(urlTarget(0), FOREIGN), "collection foreign at");
        assertMessage(SolrTestCluster.backend(urlTarget(0), FOREIGN), "does not have chanye's schema (no field ");
        assertMessage(SolrTestCluster.backend(SolrTarget.parse("http://127.0.0.1:9/solr"), PARITY),
                "cannot reach SolrCloud at http://127.0.0.1:9/solr (");
        assertMessage(SolrTestCluster.backend(SolrTestCluster.viaZooKeeper(cluster.getZkServer().getZkHost()
                + "/wrong"), PARITY), "the Solr nodes use the chroot /wrong");
    }

    private static void assertMessage(SolrBackend backend, String expected) {
        SolrUnavailableException e = expectThrows(SolrUnavailableException.class, () -> {
            try (ArticleReader reader = backend.openReader()) {
                reader.stats();
            }
        });
        assertTrue(e.getMessage(), e.getMessage().contains(expected));
        assertFalse(e.getMessage(), e.getMessage().contains("\n"));
    }
}
