package chanye.index;

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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes written by earlier versions: their bigram fields hold offsets, which new indexes leave out, and some of
 * their documents may lack a content hash. They still take new and changed articles, and search as new ones do.
 */
class EarlierIndexTest {

    private static final List<String> BIGRAM_FIELDS = List.of(ArticleFields.TITLE_BIGRAMS,
            ArticleFields.BODY_BIGRAMS);

    @TempDir
    Path dir;

    /** The bigram fields as versions before this one indexed them: with each token's offsets. */
    private static Document withBigramOffsets(Document current) {
        FieldType withOffsets = new FieldType();
        withOffsets.setTokenized(true);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        Document earlier = new Document();
        for (IndexableField field : current) {
            earlier.add(BIGRAM_FIELDS.contains(field.name())
                    ? new Field(field.name(), field.stringValue(), withOffsets) : field);
        }
        return earlier;
    }

    private static Document withoutContentHash(Document current) {
        current.removeFields(ArticleFields.CONTENT_HASH);
        return current;
    }

    /** Writes {@code article} into the index at {@code index} as an earlier version did, {@code earlier} says how. */
    private static void writeAsEarlierVersion(Path index, IndexedArticle article, UnaryOperator<Document> earlier)
            throws IOException {
        StoryFields story = StoryFields.of(StoryIds.of(article.url()),
                MinHash.sign(TestSegmenters.segmenter().words(article.body())));
        Document current = ArticleDocuments.toDocument(article, ContentHash.of(article.title(), article.body()),
                story);
        try (FSDirectory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory,
                     new IndexWriterConfig(ArticleAnalyzers.forIndex(TestSegmenters.segmenter())))) {
            writer.addDocument(earlier.apply(current));
        }
    }

    private static IndexOptions indexOptions(Path index, String field) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return FieldInfos.getMergedFieldInfos(reader).fieldInfo(field).getIndexOptions();
        }
    }

    @Test
    void anIndexWithBigramOffsetsTakesNewArticlesAndSearchesAsANewIndexDoes() throws Exception {
        List<IndexedArticle> articles = FixtureArticles.all();
        Path earlier = Files.createDirectory(dir.resolve("earlier"));
        writeAsEarlierVersion(earlier, articles.get(0), EarlierIndexTest::withBigramOffsets);
        IndexFixture.build(earlier, articles);
        Path current = IndexFixture.build(Files.createDirectory(dir.resolve("current")), articles);
        for (String field : BIGRAM_FIELDS) {
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, indexOptions(earlier, field), field);
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, indexOptions(current, field), field);
        }
        for (String field : List.of(ArticleFields.TITLE, ArticleFields.BODY)) {
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, indexOptions(current, field), field);
        }
        try (ArticleSearcher before = ArticleSearcher.open(earlier, TestSegmenters.segmenter());
             ArticleSearcher now = ArticleSearcher.open(current, TestSegmenters.segmenter())) {
            assertEquals(articles.size(), before.stats().documents());
            int highlighted = 0;
            for (String query : queries()) {
                SearchRequest request = new SearchRequest(query, List.of(), null, null, null, null, 20, 0);
                List<SearchHit> want = before.search(request).hits();
                List<SearchHit> got = now.search(request).hits();
                assertFalse(want.isEmpty(), query);
                assertEquals(shown(want), shown(got), query);
                highlighted += (int) got.stream().filter(hit -> hit.snippet().contains("<em>")).count();
            }
            assertTrue(highlighted > 50, "snippets mark matches: " + highlighted);
        }
    }

    /**
     * The relevance set's queries, and kinds of query that each read the text fields otherwise: lone characters
     * (prefixes of pairs, highlighted by analysing the text again), phrases, and runs of characters inside words.
     */
    private static List<String> queries() throws IOException {
        List<String> queries = new ArrayList<>(List.of("煤", "棉", "油", "\"塔里木油田\"", "\"光伏 发电\"", "塔里",
                "新能", "棉花 -葡萄干"));
        try (InputStream in = EarlierIndexTest.class.getResourceAsStream("/relevance-queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    queries.add(line.split("\t")[0]);
                }
            }
        }
        return queries;
    }

    /** What a user sees of each hit: its URL, score, highlighted title and snippet. */
    private static List<String> shown(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.url() + " " + hit.score() + " " + hit.highlightedTitle() + " "
                + hit.snippet()).toList();
    }

    @Test
    void aDocumentWithoutContentHashIsReplacedByItsUrlNotJoinedByASecond() throws Exception {
        IndexedArticle article = FixtureArticles.named("coal-01");
        writeAsEarlierVersion(dir, article, EarlierIndexTest::withoutContentHash);
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(dir, TestSegmenters.segmenter())) {
            assertEquals(UpsertResult.INDEXED, writer.upsert(article));
            assertEquals(UpsertResult.UNCHANGED, writer.upsert(article));
        }
        assertEquals(1, documentsWithUrl(article.url()));
    }

    @Test
    void aUrlDeletedAndIndexedAgainHoldsOneDocument() throws Exception {
        IndexedArticle article = FixtureArticles.named("coal-02");
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(dir, TestSegmenters.segmenter())) {
            writer.upsert(article);
            writer.commit();
            assertTrue(writer.delete(article.url()));
            assertEquals(UpsertResult.INDEXED, writer.upsert(article));
        }
        assertEquals(1, documentsWithUrl(article.url()));
    }

    private long documentsWithUrl(String url) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(new TermQuery(new Term(ArticleFields.URL, url)));
        }
    }
}
