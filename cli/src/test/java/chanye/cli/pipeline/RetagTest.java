package chanye.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.Classification;
import chanye.classifier.ClusterTag;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.classifier.taxonomy.TaxonomyException;
import chanye.cli.CliRun;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.index.ArticleIndexWriter;
import chanye.index.ArticleSearcher;
import chanye.index.IndexedArticle;
import chanye.index.LocalIndex;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chanye retag} re-classifies every indexed document from its stored title and body: through the command
 * line, and stopped half-way as Ctrl-C stops it, after which every document holds its old tags or its new ones and
 * a rerun finishes the rest.
 */
class RetagTest {

    private static final String[][] TEXTS = {
        {"哈密光伏电站全容量并网", "哈密一座20万千瓦光伏电站全容量并网，年发电量约3.6亿千瓦时。"},
        {"准东煤矿产量创新高", "准东的露天煤矿今年原煤产量突破2亿吨，疆煤外运量持续增长。"},
        {"阿克苏长绒棉开秤收购", "阿克苏地区长绒棉开秤收购，棉农交售籽棉，轧花厂收购价格稳定。"},
        {"库尔勒香梨出口东南亚", "首批200吨库尔勒香梨经霍尔果斯口岸发往东南亚市场，果农收入增加。"},
        {"塔里木油田天然气产量创新高", "塔里木油田今年天然气产量突破330亿立方米，通过西气东输管道供气。"},
        {"奇台小麦丰收", "奇台县冬小麦平均亩产600公斤，面粉企业开始收购新麦。"},
        {"天润乳业新牧场投产", "天润乳业新建的万头奶牛牧场投产，日产生鲜乳约300吨。"},
        {"阿舍勒铜矿深部工程投产", "阿舍勒铜矿深部开采工程投产，选厂日处理矿石6000吨。"},
        {"喀什古城游客如织", "国庆假期喀什古城接待游客超过40万人次，民宿和景区订单饱满。"},
        {"准东多晶硅项目投产", "准东一座年产10万吨多晶硅项目投产，产品用于光伏硅片。"},
        {"中欧班列开行破万列", "霍尔果斯口岸中欧班列开行量突破万列，物流枢纽货运量增长。"},
        {"乌鲁木齐地铁开通在即", "乌鲁木齐地铁2号线完成设备调试，即将开通运营。"},
    };

    private static ArticleClassifier eight;
    private static ArticleClassifier ten;

    @TempDir
    Path dir;
    private DataDir data;

    @BeforeAll
    static void classifiers() throws TaxonomyException {
        eight = ArticleClassifier.create(Taxonomy.loadDefault());
        ten = ArticleClassifier.create(Taxonomy.loadBundled("xinjiang-2025-10"));
    }

    /** An index of the texts tagged with the eight clusters, as a crawl with the default taxonomy leaves it. */
    @BeforeEach
    void indexTaggedWithTheEightClusters() throws IOException {
        data = new DataDir(dir.resolve("data"));
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(data.index(), eight.segmenter())) {
            for (int i = 0; i < TEXTS.length; i++) {
                Classification c = eight.classify(TEXTS[i][0], TEXTS[i][1]);
                writer.upsert(new IndexedArticle("http://127.0.0.1/news/" + i + ".html", "127.0.0.1", TEXTS[i][0],
                        TEXTS[i][1], null, null, null, Instant.parse("2024-05-01T00:00:00Z"), c.clusters(),
                        c.keywords(), c.regions()));
            }
        }
    }

    private Map<String, List<String>> storedClusters() throws IOException {
        Map<String, List<String>> clusters = new HashMap<>();
        storedTags().forEach((url, tags) -> clusters.put(url, ids(tags)));
        return clusters;
    }

    private Map<String, List<ClusterTag>> storedTags() throws IOException {
        Map<String, List<ClusterTag>> tags = new HashMap<>();
        try (ArticleSearcher searcher = ArticleSearcher.open(data.index(), ten.segmenter())) {
            searcher.forEach(a -> tags.put(a.url(), a.clusters()));
        }
        return tags;
    }

    private static List<String> ids(List<ClusterTag> tags) {
        return tags.stream().map(ClusterTag::id).sorted().toList();
    }

    private static List<String> expected(ArticleClassifier classifier, String url) {
        return ids(tags(classifier, url));
    }

    /** The tags the classifier gives the text indexed under the URL. */
    private static List<ClusterTag> tags(ArticleClassifier classifier, String url) {
        String[] text = TEXTS[Integer.parseInt(url.substring(url.lastIndexOf('/') + 1, url.indexOf(".html")))];
        return classifier.classify(text[0], text[1]).clusters();
    }

    @Test
    void retagsEveryDocumentWithTheTaxonomyGivenAndBindsTheDataDirectoryToIt() throws IOException {
        CliRun run = CliRun.of("--data", data.root().toString(), "retag", "--taxonomy", "xinjiang-2025-10");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("retagged 12 of 12 documents with taxonomy xinjiang-2025-10"), run.out());
        storedClusters().forEach((url, clusters) -> assertEquals(expected(ten, url), clusters, url));
        assertTrue(Taxonomy.load(data.taxonomy()).classifiesLike(ten.taxonomy()));
        assertFalse(Files.exists(data.retagProgress()));
        CliRun search = CliRun.of("--data", data.root().toString(), "search", "中欧班列", "--json");
        assertEquals(0, search.exitCode(), search.err());
        assertEquals("logistics", Json.mapper().readTree(search.out()).get("hits").get(0).get("clusters").get(0)
                .asText());
        CliRun again = CliRun.of("--data", data.root().toString(), "retag", "--json");
        assertEquals(0, again.exitCode(), again.err());
        JsonNode summary = Json.mapper().readTree(again.out());
        assertEquals(12, summary.get("retagged").asInt());
        assertEquals(0, summary.get("changed").asInt());
        assertEquals("xinjiang-2025-10", summary.get("taxonomy").asText());
    }

    /** A re-tagged document keeps each tag as the classifier gave it: its score and its evidence, strongest first. */
    @Test
    void retaggedTagsCarryTheirScoreAndEvidence() throws IOException {
        CliRun run = CliRun.of("--data", data.root().toString(), "retag", "--taxonomy", "xinjiang-2025-10");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, List<ClusterTag>> stored = storedTags();
        assertEquals(TEXTS.length, stored.size());
        stored.forEach((url, tags) -> {
            assertEquals(tags(ten, url), tags, url);
            tags.forEach(tag -> assertTrue(tag.score() > 0 && !tag.evidence().isEmpty(), url + " " + tag));
        });
    }

    @Test
    void anInterruptedRetagLeavesEachDocumentOldOrNewAndARerunFinishesTheRest() throws IOException {
        Retag.Summary first;
        try (Retag retag = new Retag(data, new LocalIndex(data.index(), ten.segmenter()), ten)) {
            AtomicLong seen = new AtomicLong();
            first = retag.run(handled -> {
                if (seen.incrementAndGet() == 5) {
                    retag.stop();
                }
            });
        }
        assertTrue(first.interrupted());
        assertEquals(5, first.retagged());
        List<String> recorded = Files.readAllLines(data.retagProgress(), StandardCharsets.UTF_8);
        assertEquals(1 + 5, recorded.size(), recorded::toString);
        int retagged = 0;
        for (Map.Entry<String, List<String>> doc : storedClusters().entrySet()) {
            boolean isNew = recorded.contains(doc.getKey());
            assertEquals(expected(isNew ? ten : eight, doc.getKey()), doc.getValue(), doc.getKey());
            retagged += isNew ? 1 : 0;
        }
        assertEquals(5, retagged);

        Retag.Summary rest;
        try (Retag retag = new Retag(data, new LocalIndex(data.index(), ten.segmenter()), ten)) {
            rest = retag.run(handled -> { });
        }
        assertFalse(rest.interrupted());
        assertEquals(5, rest.doneBefore());
        assertEquals(7, rest.retagged());
        storedClusters().forEach((url, clusters) -> assertEquals(expected(ten, url), clusters, url));
        assertFalse(Files.exists(data.retagProgress()));
    }

    @Test
    void progressRecordedForAnotherTaxonomyIsStartedOver() throws IOException {
        Files.writeString(data.retagProgress(), "taxonomy 0123456789abcdef\nhttp://127.0.0.1/news/0.html\n");
        Retag.Summary summary;
        try (Retag retag = new Retag(data, new LocalIndex(data.index(), ten.segmenter()), ten)) {
            summary = retag.run(handled -> { });
        }
        assertEquals(0, summary.doneBefore());
        assertEquals(12, summary.retagged());
    }

    @Test
    void aDataDirectoryWithoutAnIndexOrWithABusyIndexIsOneLine() throws IOException {
        CliRun empty = CliRun.of("--data", dir.resolve("empty").toString(), "retag");
        assertEquals(1, empty.exitCode());
        assertTrue(empty.err().startsWith("chanye: no index in "), empty.err());
        try (ArticleIndexWriter busy = ArticleIndexWriter.open(data.index(), eight.segmenter())) {
            CliRun run = CliRun.of("--data", data.root().toString(), "retag");
            assertEquals(1, run.exitCode());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("in use"), run.err());
        }
    }
}
