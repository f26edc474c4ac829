package chanye.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.Classification;
import chanye.classifier.ClusterTag;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.index.ArticleIndexWriter;
import chanye.index.ArticleSearcher;
import chanye.index.IndexedArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code chanye retag} processes killed (SIGKILL) at a random point and interrupted (SIGINT): the index stays
 * sound, every document holds either its old tags or its new ones, and a rerun finishes the rest.
 */
class RetagInterruptionTest {

    private static final String[][] TEXTS = {
        {"哈密光伏电站并网", "哈密一座20万千瓦光伏电站全容量并网，年发电量约3.6亿千瓦时。"},
        {"奇台小麦丰收", "奇台县冬小麦平均亩产600公斤，面粉企业开始收购新麦。"},
        {"喀什古城游客如织", "国庆假期喀什古城接待游客超过40万人次，民宿和景区订单饱满。"},
        {"中欧班列开行破万列", "霍尔果斯口岸中欧班列开行量突破万列，物流枢纽货运量增长。"},
        {"库尔勒香梨出口", "首批200吨库尔勒香梨经霍尔果斯口岸发往东南亚市场，果农收入增加。"},
        {"天润乳业新牧场投产", "天润乳业新建的万头奶牛牧场投产，日产生鲜乳约300吨。"},
    };
    private static final int DOCUMENTS = 1500;

    private static ArticleClassifier eight;
    private static ArticleClassifier ten;

    @TempDir
    Path work;

    /** Classifiers of the two taxonomies, which tag each text with different cluster ids. */
    @BeforeAll
    static void classifiers() throws IOException {
        eight = ArticleClassifier.create(Taxonomy.loadDefault());
        ten = ArticleClassifier.create(Taxonomy.loadBundled("xinjiang-2025-10"));
        for (String[] text : TEXTS) {
            assertFalse(ids(eight.classify(text[0], text[1]).clusters())
                    .equals(ids(ten.classify(text[0], text[1]).clusters())), text[0]);
        }
    }

    private static String[] text(int i) {
        String[] text = TEXTS[i % TEXTS.length];
        return new String[] {text[0], text[1] + "（第" + i + "期）"};
    }

    private static String url(int i) {
        return "http://127.0.0.1/news/" + i + ".html";
    }

    private static int number(String url) {
        return Integer.parseInt(url.substring(url.lastIndexOf('/') + 1, url.indexOf(".html")));
    }

    /** A data directory whose index holds the documents tagged with the eight clusters. */
    private DataDir indexed() throws IOException {
        DataDir data = new DataDir(work.resolve("data"));
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(data.index(), eight.segmenter())) {
            for (int i = 0; i < DOCUMENTS; i++) {
                String[] text = text(i);
                Classification c = eight.classify(text[0], text[1]);
                writer.upsert(new IndexedArticle(url(i), "127.0.0.1", text[0], text[1], null, null, null,
                        Instant.parse("2024-05-01T00:00:00Z"), c.clusters(), c.keywords(), c.regions()));
            }
        }
        return data;
    }

    private static List<String> ids(List<ClusterTag> tags) {
        return tags.stream().map(ClusterTag::id).sorted().toList();
    }

    /**
     * Checks the index is sound and each document holds its old or its new tags, every one recorded as done among
     * the new; returns how many are new.
     */
    private static int assertOldOrNew(DataDir data) throws IOException {
        try (FSDirectory directory = FSDirectory.open(data.index());
             CheckIndex check = new CheckIndex(directory)) {
            assertTrue(check.checkIndex().clean, "CheckIndex");
        }
        Set<String> recorded = Files.exists(data.retagProgress())
                ? new HashSet<>(Files.readAllLines(data.retagProgress(), StandardCharsets.UTF_8)) : Set.of();
        Map<String, List<String>> stored = new HashMap<>();
        try (ArticleSearcher searcher = ArticleSearcher.open(data.index(), ten.segmenter())) {
            searcher.forEach(article -> stored.put(article.url(), ids(article.clusters())));
        }
        assertEquals(DOCUMENTS, stored.size());
        int fresh = 0;
        for (Map.Entry<String, List<String>> doc : stored.entrySet()) {
            String[] text = text(number(doc.getKey()));
            List<String> old = ids(eight.classify(text[0], text[1]).clusters());
            List<String> now = ids(ten.classify(text[0], text[1]).clusters());
            boolean isNew = doc.getValue().equals(now);
            assertTrue(isNew || doc.getValue().equals(old), doc.getKey() + " " + doc.getValue());
            assertTrue(isNew || !recorded.contains(doc.getKey()), doc.getKey() + " recorded but not re-tagged");
            fresh += isNew ? 1 : 0;
        }
        return fresh;
    }

    private static String[] retag(DataDir data) {
        return new String[] {"--data", data.root().toString(), "retag", "--taxonomy", "xinjiang-2025-10"};
    }

    @Test
    void killedAtARandomPointThenRerunEndsWithEveryDocumentRetagged() throws Exception {
        DataDir data = indexed();
        ChanyeProcess first = ChanyeProcess.start(work.resolve("logs"), retag(data));
        while (first.isAlive() && !Files.exists(data.retagProgress())) {
            Thread.sleep(20);
        }
        Thread.sleep(new Random(12).nextInt(1500));
        first.kill();
        assertOldOrNew(data);
        ChanyeProcess rest = ChanyeProcess.start(work.resolve("logs"), retag(data));
        assertEquals(0, rest.waitFor(300), rest.stderr());
        assertEquals(DOCUMENTS, assertOldOrNew(data));
        assertFalse(Files.exists(data.retagProgress()));
    }

    @Test
    void ctrlCCommitsTheDocumentsDoneAndSaysHowToFinish() throws Exception {
        DataDir data = indexed();
        ChanyeProcess retag = ChanyeProcess.start(work.resolve("logs"), retag(data));
        while (retag.isAlive() && !Files.exists(data.retagProgress())) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        retag.interrupt();
        int exit = retag.waitFor(120);
        if (exit == 0) {
            assertEquals(DOCUMENTS, assertOldOrNew(data), "finished before Ctrl-C arrived");
            return;
        }
        assertEquals(130, exit, retag.stderr());
        assertTrue(retag.stderr().contains("retag interrupted after ") && retag.stderr().contains(" retag"),
                retag.stderr());
        int fresh = assertOldOrNew(data);
        assertEquals(fresh, Files.readAllLines(data.retagProgress(), StandardCharsets.UTF_8).size() - 1,
                "every document re-tagged before Ctrl-C is committed and recorded");
        ChanyeProcess rest = ChanyeProcess.start(work.resolve("logs"), "--data", data.root().toString(), "retag");
        assertEquals(0, rest.waitFor(300), rest.stderr());
        assertEquals(DOCUMENTS, assertOldOrNew(data));
    }
}
