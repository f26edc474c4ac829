package chanye.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.ClusterTag;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.site.GeneratedArticle;
import chanye.cli.site.GeneratedSite;
import chanye.index.ArticleIndexWriter;
import chanye.index.IndexedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code chanye export} process interrupted with Ctrl-C (SIGINT) while it writes: it exits with 130, saying
 * the file was not written, and leaves neither the file nor its temporary part behind; an earlier export under the
 * same name is kept as it was.
 */
class InterruptedExportTest {

    private static final int ARTICLES = 1500;

    @TempDir
    Path work;

    @Test
    void ctrlCLeavesNoHalfFileUnderTheFinalName() throws Exception {
        Path data = work.resolve("data");
        index(data.resolve("index"));
        Path target = work.resolve("out").resolve("articles.xlsx");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "an earlier export");
        ChanyeProcess export = ChanyeProcess.start(work.resolve("logs"), "--data", data.toString(), "export",
                "--with-body", "--out", target.toString());
        awaitPart(target.getParent(), export);
        export.interrupt();
        assertEquals(130, export.waitFor(120), export.stderr());
        assertTrue(export.stderr().contains("interrupted: " + target + " not written"), export.stderr());
        assertEquals("an earlier export", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    /** Waits for the export's temporary file to appear: it is writing. */
    private static void awaitPart(Path folder, ChanyeProcess export) throws IOException, InterruptedException {
        for (int wait = 0; wait < 60_000; wait += 5) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.anyMatch(file -> file.getFileName().toString().endsWith(".part"))) {
                    return;
                }
            }
            assertTrue(export.isAlive(), "export ended before it wrote: " + export.stderr());
            Thread.sleep(5);
        }
        throw new AssertionError("the export never started writing: " + export.stderr());
    }

    /** An index of generated articles, written directly (a crawl of this many pages would take long). */
    private static void index(Path indexDir) throws IOException {
        ArticleClassifier classifier = ArticleClassifier.create(Taxonomy.loadDefault());
        Map<String, GeneratedArticle> articles = GeneratedSite.generate(ARTICLES, 14).articles();
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(indexDir, classifier.segmenter())) {
            for (Map.Entry<String, GeneratedArticle> entry : articles.entrySet()) {
                GeneratedArticle text = entry.getValue();
                List<ClusterTag> clusters = classifier.taxonomy().find(text.cluster()).stream()
                        .map(cluster -> new ClusterTag(cluster.id(), cluster.name(), 9, List.of())).toList();
                writer.upsert(new IndexedArticle("http://news.localhost" + entry.getKey(), "news.localhost",
                        text.title(), text.body(), text.source(), text.author(), text.publishTime(),
                        Instant.parse("2024-06-01T00:00:00Z"), clusters, List.of(), List.of()));
            }
        }
        assertFalse(articles.isEmpty());
    }
}
