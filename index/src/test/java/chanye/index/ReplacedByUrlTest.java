package chanye.index;

import static chanye.index.BackendContract.withText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.index.analysis.TestSegmenters;
import chanye.index.schema.ArticleAnalyzers;
import chanye.index.schema.ArticleDocuments;
import chanye.index.schema.ArticleFields;
import chanye.index.schema.ContentHash;
import chanye.index.story.MinHash;
import chanye.index.story.StoryFields;
import chanye.index.story.StoryIds;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The writer adds a URL it does not hold without a delete by URL, so it must know every URL the index holds: however
 * a URL came into the index, writing it again leaves one document under it, never two, and deleting it (the page
 * gone) leaves none.
 */
class ReplacedByUrlTest {

    private static final String NAME = "coal-01";

    @TempDir
    Path dir;

    /** How the URL came into the index before it is written again. */
    enum Earlier {
        /** by the same writer, not yet committed */
        SAME_WRITER,
        /** by the same writer, committed */
        SAME_WRITER_COMMITTED,
        /** by an earlier writer, as an earlier crawl */
        EARLIER_WRITER,
        /** by the same writer, then deleted (the page gone) before it comes back */
        DELETED_THEN_BACK,
        /** by an earlier version that wrote no content hash */
        WITHOUT_CONTENT_HASH,
        /** by an earlier version that wrote no site */
        WITHOUT_SITE
    }

    @ParameterizedTest
    @EnumSource(Earlier.class)
    void aChangedArticleReplacesTheDocumentOfItsUrl(Earlier earlier) throws Exception {
        IndexedArticle article = FixtureArticles.named(NAME);
        IndexedArticle changed = withText(article, article.url(), "更正：" + article.title(), article.body());
        try (ArticleIndexWriter writer = writeEarlier(earlier, article)) {
            assertEquals(UpsertResult.INDEXED, writer.upsert(changed));
            assertEquals(UpsertResult.UNCHANGED, writer.upsert(changed));
        }
        assertEquals(1, documentsWithUrl(article.url()));
    }

    @ParameterizedTest
    @EnumSource(Earlier.class)
    void aReplacedArticleKeepsOneDocument(Earlier earlier) throws Exception {
        IndexedArticle article = FixtureArticles.named(NAME);
        try (ArticleIndexWriter writer = writeEarlier(earlier, article)) {
            if (earlier == Earlier.DELETED_THEN_BACK) {
                writer.upsert(article);
            }
            writer.replace(article);
        }
        assertEquals(1, documentsWithUrl(article.url()));
    }

    @ParameterizedTest
    @EnumSource(value = Earlier.class, names = "DELETED_THEN_BACK", mode = EnumSource.Mode.EXCLUDE)
    void aGoneArticleLeavesNoDocument(Earlier earlier) throws Exception {
        IndexedArticle article = FixtureArticles.named(NAME);
        try (ArticleIndexWriter writer = writeEarlier(earlier, article)) {
            assertTrue(writer.delete(article.url()), "the document was there to delete");
            assertFalse(writer.delete(article.url()), "nothing left to delete");
        }
        assertEquals(0, documentsWithUrl(article.url()));
    }

    /** Writes {@code article} into the index as {@code earlier} says and gives a writer open on it. */
    private ArticleIndexWriter writeEarlier(Earlier earlier, IndexedArticle article) throws IOException {
        switch (earlier) {
            case WITHOUT_CONTENT_HASH -> writeAsEarlierVersion(article, ArticleFields.CONTENT_HASH);
            case WITHOUT_SITE -> writeAsEarlierVersion(article, ArticleFields.SITE);
            case EARLIER_WRITER -> {
                try (ArticleIndexWriter writer = open()) {
                    writer.upsert(article);
                }
            }
            default -> {
            }
        }
        ArticleIndexWriter writer = open();
        switch (earlier) {
            case SAME_WRITER -> writer.upsert(article);
            case SAME_WRITER_COMMITTED -> {
                writer.upsert(article);
                writer.commit();
            }
            case DELETED_THEN_BACK -> {
                writer.upsert(article);
                writer.commit();
                writer.delete(article.url());
            }
            default -> {
            }
        }
        return writer;
    }

    private ArticleIndexWriter open() throws IOException {
        return ArticleIndexWriter.open(dir, TestSegmenters.segmenter());
    }

    /** Writes {@code article}'s document without {@code missing}, as versions before that field did. */
    private void writeAsEarlierVersion(IndexedArticle article, String missing) throws IOException {
        StoryFields story = StoryFields.of(StoryIds.of(article.url()),
                MinHash.sign(TestSegmenters.segmenter().words(article.body())));
        Document document = ArticleDocuments.toDocument(article, ContentHash.of(article.title(), article.body()),
                story);
        document.removeFields(missing);
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory,
                     new IndexWriterConfig(ArticleAnalyzers.forIndex(TestSegmenters.segmenter())))) {
            writer.addDocument(document);
        }
    }

    private long documentsWithUrl(String url) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(ArticleFields.URL, url)));
        }
    }
}
