package chanye.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.index.FixtureArticles;
import chanye.index.IndexedArticle;
import chanye.index.analysis.TestSegmenters;
import chanye.index.story.MinHash;
import chanye.index.story.StoryFields;
import chanye.index.story.StoryIds;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Documents whose text is analysed before the writer inverts them index exactly what the writer's analysis gives. */
class ArticleDocumentsTest {

    private static final List<String> TEXT_FIELDS = List.of(ArticleFields.TITLE, ArticleFields.TITLE_BIGRAMS,
            ArticleFields.BODY, ArticleFields.BODY_BIGRAMS);

    @Test
    void analysingBeforehandIndexesTheSameTermsPositionsOffsetsNormsAndStoredValues() throws IOException {
        List<IndexedArticle> articles = new ArrayList<>(FixtureArticles.all());
        articles.add(article("http://127.0.0.1/a/odd.html", "ＡＩ芯片：Tesla与宁德时代 ,, 「新能源」",
                "新 疆 棉 花 产 量 创 新 高\n\n" + "的".repeat(300) + "\n" + "长".repeat(300) + "，光伏。\n"
                        + "Ｆｕｌｌ-width ＡＳＣＩＩ 和 half-width ascii 123 ４５６ 。！？；\n"
                        + "准东经济技术开发区新能源新材料产业园。".repeat(400)));
        articles.add(article("http://127.0.0.1/a/blank.html", "，。！", " \n\t\n"));
        Analyzer analysis = ArticleAnalyzers.forIndex(TestSegmenters.segmenter());
        try (Directory plain = new ByteBuffersDirectory(); Directory analysed = new ByteBuffersDirectory()) {
            write(plain, articles, null);
            write(analysed, articles, analysis);
            try (DirectoryReader expected = DirectoryReader.open(plain);
                 DirectoryReader actual = DirectoryReader.open(analysed)) {
                assertEquals(1, expected.leaves().size());
                assertEquals(1, actual.leaves().size());
                LeafReader want = expected.leaves().get(0).reader();
                LeafReader got = actual.leaves().get(0).reader();
                assertEquals(articles.size(), got.maxDoc());
                for (String field : TEXT_FIELDS) {
                    FieldInfo wantInfo = want.getFieldInfos().fieldInfo(field);
                    FieldInfo gotInfo = got.getFieldInfos().fieldInfo(field);
                    assertEquals(wantInfo.getIndexOptions(), gotInfo.getIndexOptions(), field);
                    assertEquals(wantInfo.hasNorms(), gotInfo.hasNorms(), field);
                    assertEquals(postings(want, field), postings(got, field), field);
                    assertEquals(norms(want, field), norms(got, field), field + " norms");
                }
                assertEquals(stored(want), stored(got));
            }
        }
    }

    private static IndexedArticle article(String url, String title, String body) {
        return new IndexedArticle(url, "127.0.0.1", title, body, null, null, null,
                Instant.parse("2024-05-01T00:00:00Z"), List.of(), List.of(), List.of());
    }

    private static void write(Directory directory, List<IndexedArticle> articles, Analyzer analysis)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ArticleAnalyzers.forIndex(TestSegmenters.segmenter()));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (IndexedArticle article : articles) {
                StoryFields story = StoryFields.of(StoryIds.of(article.url()),
                        MinHash.sign(TestSegmenters.segmenter().words(article.body())));
                Document doc = analysis == null ? ArticleDocuments.toDocument(article, "hash", story)
                        : ArticleDocuments.toDocument(article, "hash", story, analysis, TestSegmenters.segmenter());
                writer.addDocument(doc);
            }
        }
    }

    /** Every term of the field with, per document, its frequency and each position and offset. */
    private static List<String> postings(LeafReader reader, String field) throws IOException {
        List<String> lines = new ArrayList<>();
        Terms terms = reader.terms(field);
        TermsEnum termsEnum = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            postings = termsEnum.postings(postings, PostingsEnum.ALL);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                StringBuilder line = new StringBuilder(term.utf8ToString()).append(' ').append(doc).append(':');
                for (int i = 0; i < postings.freq(); i++) {
                    line.append(' ').append(postings.nextPosition()).append('@').append(postings.startOffset())
                            .append('-').append(postings.endOffset());
                }
                lines.add(line.toString());
            }
        }
        assertTrue(lines.size() > 100, field + " has postings");
        return lines;
    }

    private static List<Long> norms(LeafReader reader, String field) throws IOException {
        List<Long> norms = new ArrayList<>();
        NumericDocValues values = reader.getNormValues(field);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            norms.add((long) doc);
            norms.add(values.longValue());
        }
        return norms;
    }

    /** Every stored value of every document, in order, by field name. */
    private static List<String> stored(LeafReader reader) throws IOException {
        List<String> values = new ArrayList<>();
        StoredFields fields = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            for (IndexableField field : fields.document(doc).getFields()) {
                values.add(doc + " " + field.name() + "=" + field.stringValue());
            }
        }
        return values;
    }
}
