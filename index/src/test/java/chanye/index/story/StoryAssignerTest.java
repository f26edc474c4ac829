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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The assigner over a real writer: what it assigns is found at once, and what the index held when it was opened is
 * loaded, whether its bands were written as packed keys or, by an earlier version, as terms.
 */
class StoryAssignerTest {

    /** How a document holds its bands. */
    enum Bands {
        /** Packed keys in one binary doc value, as the index writes them. */
        KEYS,
        /** One term per band, as indexes written before the keys were packed hold them. */
        TERMS
    }

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
    void copiesJoinTheStoryOfTheirOriginalAssignedInTheSameSession() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
             StoryAssigner assigner = new StoryAssigner(writer)) {
            List<Long> originals = new ArrayList<>();
            for (int topic = 0; topic < 6; topic++) {
                String url = "https://a.example/" + topic;
                StoryAssigner.Assignment original = write(writer, assigner, url, article(topic), Bands.KEYS);
                assertEquals(StoryIds.of(url), original.story(), "an original founds its story");
                originals.add(original.story());
            }
            for (int topic = 0; topic < 6; topic++) {
                StoryAssigner.Assignment copy = write(writer, assigner, "https://b.example/" + topic,
                        copyOf(article(topic)), Bands.KEYS);
                assertEquals(originals.get(topic), copy.story(), "copy of article " + topic);
            }
            StoryAssigner.Assignment rewritten = write(writer, assigner, "https://a.example/0",
                    "这篇稿件已被删除。".repeat(3) + "原文内容不再提供，请读者谅解，敬请关注后续报道。", Bands.KEYS);
            assertEquals(StoryIds.of("https://a.example/0"), rewritten.story(),
                    "an article rewritten beyond recognition is a story of its own again, not a copy of itself");
            assertNotEquals(originals.get(1), originals.get(2));
        }
    }

    @ParameterizedTest
    @EnumSource(Bands.class)
    void copiesJoinTheStoryOfAnOriginalTheIndexHeldWhenOpened(Bands bands) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            List<Long> originals = new ArrayList<>();
            try (StoryAssigner first = new StoryAssigner(writer)) {
                for (int topic = 0; topic < 4; topic++) {
                    originals.add(write(writer, first, "https://a.example/" + topic, article(topic), bands).story());
                }
            }
            writer.commit();
            write(writer, null, "https://a.example/3", "这篇稿件已被删除。".repeat(3) + "原文内容不再提供，请读者谅解。",
                    bands);
            try (StoryAssigner reopened = new StoryAssigner(writer)) {
                reopened.forget("https://a.example/2");
                writer.deleteDocuments(new Term(ArticleFields.URL, "https://a.example/2"));
                for (int topic = 0; topic < 2; topic++) {
                    assertEquals(originals.get(topic), reopened.assign("https://b.example/" + topic,
                            sign(copyOf(article(topic)))).story(), "copy of article " + topic);
                }
                assertEquals(StoryIds.of("https://b.example/2"), reopened.assign("https://b.example/2",
                        sign(copyOf(article(2)))).story(), "the original was deleted");
                assertEquals(StoryIds.of("https://b.example/3"), reopened.assign("https://b.example/3",
                        sign(copyOf(article(3)))).story(), "the original was rewritten");
            }
        }
    }

    @Test
    void anAbandonedAssignmentIsNoCandidate() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
             StoryAssigner assigner = new StoryAssigner(writer)) {
            StoryAssigner.Assignment lost = assigner.assign("https://a.example/1", sign(article(1)));
            assigner.abandon(lost);
            StoryAssigner.Assignment copy = assigner.assign("https://b.example/1", sign(copyOf(article(1))));
            assertEquals(StoryIds.of("https://b.example/1"), copy.story());
        }
    }

    @Test
    void aCopyIsFoundPastBandsThatMoreArticlesShareThanALookupReads() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            MinHash.Signed original = sign(article(0));
            MinHash.Signed other = sign(article(3));
            List<String> templateBands = original.bands().subList(0, MinHash.BANDS * 3 / 4);
            for (int i = 0; i <= RarestBands.BUDGET; i++) {
                String url = "https://template.example/" + i;
                writer.updateDocument(new Term(ArticleFields.URL, url),
                        document(url, StoryIds.of(url), templateBands, other.signature(), Bands.KEYS));
            }
            StoryAssigner.Assignment first = write(writer, null, "https://a.example/0", article(0), Bands.KEYS);
            try (StoryAssigner assigner = new StoryAssigner(writer)) {
                StoryAssigner.Assignment copy = assigner.assign("https://b.example/0", sign(copyOf(article(0))));
                assertEquals(first.story(), copy.story(), "the copy reads the bands only the original shares first");
            }
        }
    }

    /**
     * Writes the article as the index writer does, assigned by {@code assigner}, or by a fresh one over the index when
     * null (a story of its own, as written by another session).
     */
    private static StoryAssigner.Assignment write(IndexWriter writer, StoryAssigner assigner, String url, String body,
                                                  Bands bands) throws IOException {
        if (assigner == null) {
            try (StoryAssigner own = new StoryAssigner(new MemoryStoryCandidates(0), Integer.MAX_VALUE)) {
                return write(writer, own, url, body, bands);
            }
        }
        StoryAssigner.Assignment assignment = assigner.assign(url, sign(body));
        writer.updateDocument(new Term(ArticleFields.URL, url), document(url, assignment.story(),
                assignment.signed().bands(), assignment.signed().signature(), bands));
        assignment.written();
        return assignment;
    }

    private static Document document(String url, long story, List<String> bandTerms, StorySignature signature,
                                     Bands bands) {
        Document doc = new Document();
        doc.add(new StringField(ArticleFields.URL, url, Field.Store.YES));
        doc.add(new SortedDocValuesField(ArticleFields.STORY, new BytesRef(StoryIds.format(story))));
        if (bands == Bands.KEYS) {
            doc.add(new BinaryDocValuesField(ArticleFields.STORY_BAND_KEYS, new BytesRef(
                    BandKeys.pack(bandTerms.stream().mapToInt(BandKeys::of).toArray()))));
        } else {
            for (String band : bandTerms) {
                doc.add(new StringField(ArticleFields.STORY_BAND, band, Field.Store.NO));
            }
        }
        doc.add(new BinaryDocValuesField(ArticleFields.STORY_SIGNATURE, new BytesRef(signature.toBytes())));
        return doc;
    }
}
