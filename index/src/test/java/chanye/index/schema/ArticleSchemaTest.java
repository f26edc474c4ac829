package chanye.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.index.FixtureArticles;
import chanye.index.IndexedArticle;
import chanye.index.analysis.TestSegmenters;
import chanye.index.story.BandKeys;
import chanye.index.story.MinHash;
import chanye.index.story.StoryFields;
import chanye.index.story.StoryIds;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The Lucene documents hold what {@link ArticleSchema} declares, and articles come back from their values. */
class ArticleSchemaTest {

    /** A fixture article with every field filled: two clusters, a region, a source, a time, keywords. */
    private static final IndexedArticle ARTICLE = withKeywords(FixtureArticles.all().stream()
            .filter(a -> a.publishTime() != null && a.source() != null && !a.regions().isEmpty()
                    && a.clusters().size() > 1)
            .findFirst().orElseThrow());

    private static IndexedArticle withKeywords(IndexedArticle a) {
        return new IndexedArticle(a.url(), a.site(), a.title(), a.body(), a.source(), "作者", a.publishTime(),
                a.crawlTime(), a.clusters(), List.of("光伏", "煤炭"), a.regions());
    }

    private static final StoryFields STORY = StoryFields.of(StoryIds.of(ARTICLE.url()),
            MinHash.sign(TestSegmenters.segmenter().words(ARTICLE.body())));

    @Test
    void luceneDocumentsHoldExactlyTheDeclaredFields() {
        Document doc = ArticleDocuments.toDocument(ARTICLE, "hash", STORY);
        Set<String> names = doc.getFields().stream().map(IndexableField::name).collect(Collectors.toSet());
        assertEquals(ArticleSchema.FIELDS.stream().map(ArticleSchemaTest::luceneName).collect(Collectors.toSet()),
                names);
        for (SchemaField field : ArticleSchema.FIELDS) {
            List<IndexableField> parts = List.of(doc.getFields(luceneName(field)));
            boolean stored = parts.stream().anyMatch(p -> p.fieldType().stored());
            assertEquals(field.stored(), stored, field.name() + " stored");
            boolean indexed = parts.stream().anyMatch(p -> p.fieldType().indexOptions() != IndexOptions.NONE
                    || p.fieldType().pointDimensionCount() > 0);
            assertEquals(field.kind() != FieldKind.STORED && field.kind() != FieldKind.SKETCH
                    && field.kind() != FieldKind.BANDS, indexed,
                    field.name() + " indexed");
            Set<DocValuesType> docValues = new HashSet<>();
            parts.forEach(p -> docValues.add(p.fieldType().docValuesType()));
            docValues.remove(DocValuesType.NONE);
            Set<DocValuesType> expected = field.facet()
                    ? Set.of(field.multiValued() ? DocValuesType.SORTED_SET : DocValuesType.SORTED)
                    : field.kind() == FieldKind.TIME ? Set.of(DocValuesType.NUMERIC)
                    : field.kind() == FieldKind.SKETCH || field.kind() == FieldKind.BANDS
                    ? Set.of(DocValuesType.BINARY) : Set.of();
            assertEquals(expected, docValues, field.name() + " doc values");
            if (field.kind() == FieldKind.WORDS || field.kind() == FieldKind.BIGRAMS) {
                assertTrue(parts.stream().allMatch(p -> p.fieldType().indexOptions()
                        == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS), field.name() + " offsets");
            }
        }
    }

    /** The Lucene field a schema field becomes: its own name, but for the bands, packed under another. */
    private static String luceneName(SchemaField field) {
        return field.kind() == FieldKind.BANDS ? ArticleFields.STORY_BAND_KEYS : field.name();
    }

    @Test
    void theLocalIndexKeepsTheStorysBytesThatTheTextValuesWrite() {
        Map<String, List<String>> values = ArticleSchema.values(ARTICLE, "hash", STORY);
        Document doc = ArticleDocuments.toDocument(ARTICLE, "hash", STORY);
        assertEquals(new BytesRef(Base64.getDecoder().decode(values.get(ArticleFields.STORY_SIGNATURE).get(0))),
                doc.getBinaryValue(ArticleFields.STORY_SIGNATURE));
        int[] keys = values.get(ArticleFields.STORY_BAND).stream().mapToInt(BandKeys::of).toArray();
        assertEquals(MinHash.BANDS, keys.length);
        assertEquals(new BytesRef(BandKeys.pack(keys)), doc.getBinaryValue(ArticleFields.STORY_BAND_KEYS));
        assertEquals(List.of(STORY.story()), values.get(ArticleFields.STORY));
    }

    @Test
    void anUnsignedArticleHasNoBandsNorSignature() {
        StoryFields unsigned = StoryFields.unsigned(StoryIds.of(ARTICLE.url()));
        Document doc = ArticleDocuments.toDocument(ARTICLE, "hash", unsigned);
        assertNull(doc.getField(ArticleFields.STORY_SIGNATURE));
        assertNull(doc.getField(ArticleFields.STORY_BAND_KEYS));
        Map<String, List<String>> values = ArticleSchema.values(ARTICLE, "hash", unsigned);
        assertFalse(values.containsKey(ArticleFields.STORY_SIGNATURE) || values.containsKey(ArticleFields.STORY_BAND));
    }

    @Test
    void anArticleComesBackFromItsValues() {
        Map<String, List<String>> values = ArticleSchema.values(ARTICLE, "hash", STORY);
        assertEquals(ARTICLE, ArticleSchema.article(name -> values.getOrDefault(name, List.of())));
    }

    @Test
    void everyValueBelongsToADeclaredFieldThatIsNotBigrams() {
        for (String name : ArticleSchema.values(ARTICLE, "hash", STORY).keySet()) {
            assertTrue(ArticleSchema.field(name).kind() != FieldKind.BIGRAMS, name);
        }
        assertThrows(IllegalArgumentException.class, () -> ArticleSchema.field("nope"));
    }
}
