package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import chanye.index.FixtureArticles;
import chanye.index.analysis.TestSegmenters;
import chanye.index.schema.ArticleFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assigner over a real writer, refreshing its reader every few articles so both lookups are exercised. */
class StoryAssignerTest {

    private static final int REFRESH_EVERY = 3;

    @TempDir
    Path dir;

    private static MinHash.Signed sign(String text) {
        return MinHash.sign(TestSegmenters.segmenter().words(text));
    }

    /** Six fixture articles on different subjects. */
    private static String article(int topic) {
        return FixtureArticles.all().get(topic * 5).body();
    }

    private static String copyOf(String text) {
        return "原标题：项目进展顺利\n" + text + "\n来源：天山网";
    }

    @Test
    void copiesJoinTheStoryOfTheirOriginalBeforeAndAfterARefresh() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
             StoryAssigner assigner = new StoryAssigner(new IndexStoryCandidates(writer), REFRESH_EVERY)) {
            List<Long> originals = new ArrayList<>();
            for (int topic = 0; topic < 6; topic++) {
                String url = "https://a.example/" + topic;
                StoryAssigner.Assignment original = write(writer, assigner, url, article(topic));
                assertEquals(StoryIds.of(url), original.story(), "an original founds its story");
                originals.add(original.story());
            }
            for (int topic = 0; topic < 6; topic++) {
                StoryAssigner.Assignment copy = write(writer, assigner, "https://b.example/" + topic,
                        copyOf(article(topic)));
                assertEquals(originals.get(topic), copy.story(), "copy of article " + topic);
            }
            StoryAssigner.Assignment rewritten = write(writer, assigner, "https://a.example/0",
                    "这篇稿件已被删除。".repeat(3) + "原文内容不再提供，请读者谅解，敬请关注后续报道。");
            assertEquals(StoryIds.of("https://a.example/0"), rewritten.story(),
                    "an article rewritten beyond recognition is a story of its own again, not a copy of itself");
            assertNotEquals(originals.get(1), originals.get(2));
        }
    }

    @Test
    void anAbandonedAssignmentIsNoCandidate() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
             StoryAssigner assigner = new StoryAssigner(new IndexStoryCandidates(writer), REFRESH_EVERY)) {
            StoryAssigner.Assignment lost = assigner.assign("https://a.example/1", sign(article(1)));
            assigner.abandon(lost);
            StoryAssigner.Assignment copy = assigner.assign("https://b.example/1", sign(copyOf(article(1))));
            assertEquals(StoryIds.of("https://b.example/1"), copy.story());
        }
    }

    @Test
    void aCopyIsFoundPastBandsThatMoreArticlesShareThanALookupReads() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
             StoryAssigner assigner = new StoryAssigner(new IndexStoryCandidates(writer), REFRESH_EVERY)) {
            MinHash.Signed original = sign(article(0));
            MinHash.Signed other = sign(article(3));
            List<String> templateBands = original.bands().subList(0, MinHash.BANDS * 3 / 4);
            for (int i = 0; i <= RarestBands.BUDGET; i++) {
                String url = "https://template.example/" + i;
                writer.updateDocument(new Term(ArticleFields.URL, url),
                        document(url, StoryIds.of(url), templateBands, other.signature()));
            }
            StoryAssigner.Assignment first = write(writer, assigner, "https://a.example/0", article(0));
            assigner.refresh();
            StoryAssigner.Assignment copy = write(writer, assigner, "https://b.example/0", copyOf(article(0)));
            assertEquals(first.story(), copy.story(), "the copy reads the bands only the original shares first");
        }
    }

    private static StoryAssigner.Assignment write(IndexWriter writer, StoryAssigner assigner, String url, String body)
            throws IOException {
        StoryAssigner.Assignment assignment = assigner.assign(url, sign(body));
        writer.updateDocument(new Term(ArticleFields.URL, url), document(url, assignment.story(),
                assignment.signed().bands(), assignment.signed().signature()));
        assignment.written();
        return assignment;
    }

    private static Document document(String url, long story, List<String> bands, StorySignature signature) {
        Document doc = new Document();
        doc.add(new StringField(ArticleFields.URL, url, Field.Store.YES));
        doc.add(new SortedDocValuesField(ArticleFields.STORY, new BytesRef(StoryIds.format(story))));
        for (String band : bands) {
            doc.add(new StringField(ArticleFields.STORY_BAND, band, Field.Store.NO));
        }
        doc.add(new BinaryDocValuesField(ArticleFields.STORY_SIGNATURE, new BytesRef(signature.toBytes())));
        return doc;
    }
}
