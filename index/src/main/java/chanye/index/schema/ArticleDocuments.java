package chanye.index.schema;

import chanye.classifier.segment.Segmenter;
import chanye.index.IndexedArticle;
import chanye.index.analysis.BigramTokens;
import chanye.index.analysis.CapturedTokens;
import chanye.index.analysis.WordTokens;
import chanye.index.story.BandKeys;
import chanye.index.story.StoryFields;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns an {@link IndexedArticle} into a Lucene document of the {@link ArticleSchema}, and back: each
 * {@link FieldKind} becomes its Lucene fields here.
 */
public final class ArticleDocuments {

    /** The stored fields a search hit shows: all but the body, which the highlighter reads on its own. */
    public static final Set<String> HIT_FIELDS = Set.of(ArticleFields.URL, ArticleFields.SITE, ArticleFields.TITLE,
            ArticleFields.SOURCE, ArticleFields.AUTHOR, ArticleFields.PUBLISH_TIME, ArticleFields.CRAWL_TIME,
            ArticleFields.CLUSTER_TAGS, ArticleFields.KEYWORD, ArticleFields.REGION, ArticleFields.STORY);

    private static final FieldType STORED_TEXT = textType(true);
    private static final FieldType UNSTORED_TEXT = textType(false);

    private ArticleDocuments() {
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * The document for {@code article}, whose title and body hash to {@code contentHash}, as a copy in the story
     * {@code story} describes. The story's signature and band keys are written as bytes straight from its signing,
     * the same bytes as the schema's text values give.
     */
    public static Document toDocument(IndexedArticle article, String contentHash, StoryFields story) {
        return toDocument(article, contentHash, story, null, null);
    }

    /**
     * The document {@link #toDocument(IndexedArticle, String, StoryFields)} gives, with its word and bigram fields
     * analysed now by {@code analysis} (the index's analyzer) rather than when the writer inverts it: the same
     * terms, positions, offsets and stored values, but the analysis can run while another thread is inverting.
     *
     * @param analysis  the analyzer of the fields, or {@code null} to leave their analysis to the writer
     * @param segmenter the segmenter whose words {@code analysis} indexes in the word fields (as
     *                  {@link ArticleAnalyzers#forIndex} does); {@code null} when {@code analysis} is
     */
    public static Document toDocument(IndexedArticle article, String contentHash, StoryFields story,
                                      Analyzer analysis, Segmenter segmenter) {
        Map<String, List<String>> values = ArticleSchema.valuesButStorySketch(article, contentHash, story.story());
        Document doc = new Document();
        for (SchemaField field : ArticleSchema.FIELDS) {
            switch (field.kind()) {
                case BANDS -> {
                    int[] keys = story.bandKeys();
                    if (keys.length > 0) {
                        doc.add(new BinaryDocValuesField(ArticleFields.STORY_BAND_KEYS,
                                new BytesRef(BandKeys.pack(keys))));
                    }
                }
                case SKETCH -> {
                    byte[] signature = story.signatureBytes();
                    if (signature != null) {
                        doc.add(new BinaryDocValuesField(field.name(), new BytesRef(signature)));
                    }
                }
                default -> {
                    String from = field.kind() == FieldKind.BIGRAMS ? field.source() : field.name();
                    for (String value : values.getOrDefault(from, List.of())) {
                        if (analysis != null && isText(field)) {
                            addAnalysed(doc, field, value, analysis, segmenter);
                        } else if (field.kind() == FieldKind.TIME) {
                            addTime(doc, field.name(), value, ArticleSchema.time(article, field.name()));
                        } else {
                            add(doc, field, value);
                        }
                    }
                }
            }
        }
        return doc;
    }

    private static boolean isText(SchemaField field) {
        return field.kind() == FieldKind.WORDS || field.kind() == FieldKind.BIGRAMS;
    }

    /** The text's tokens as a field of their own (a stream of tokens cannot be stored), its stored value apart. */
    private static void addAnalysed(Document doc, SchemaField field, String value, Analyzer analysis,
                                    Segmenter segmenter) {
        if (field.stored()) {
            doc.add(new StoredField(field.name(), value));
        }
        CapturedTokens tokens = field.kind() == FieldKind.BIGRAMS ? BigramTokens.of(analysis, field.name(), value)
                : WordTokens.of(analysis, segmenter, field.name(), value);
        doc.add(new Field(field.name(), tokens.stream(), UNSTORED_TEXT));
    }

    private static void add(Document doc, SchemaField field, String value) {
        String name = field.name();
        Field.Store store = field.stored() ? Field.Store.YES : Field.Store.NO;
        switch (field.kind()) {
            case ID -> doc.add(new StringField(name, value, Field.Store.YES));
            case KEYWORD -> {
                doc.add(new StringField(name, value, store));
                if (field.facet()) {
                    doc.add(field.multiValued() ? new SortedSetDocValuesField(name, new BytesRef(value))
                            : new SortedDocValuesField(name, new BytesRef(value)));
                }
            }
            case WORDS, BIGRAMS -> doc.add(new Field(name, value, field.stored() ? STORED_TEXT : UNSTORED_TEXT));
            case STORED -> doc.add(new StoredField(name, value));
            default -> throw new IllegalArgumentException(name + " is not a field of single terms or stored text");
        }
    }

    /**
     * A time as epoch milliseconds (a point and a doc value) and as its text {@code value}, stored: the milliseconds
     * are taken from the time itself, not parsed back from its text.
     */
    private static void addTime(Document doc, String name, String value, OffsetDateTime time) {
        long millis = time.toInstant().toEpochMilli();
        doc.add(new LongPoint(name, millis));
        doc.add(new NumericDocValuesField(name, millis));
        doc.add(new StoredField(name, value));
    }

    /**
     * The article stored in {@code doc}; a document loaded with {@link #HIT_FIELDS} only gives an empty body.
     */
    public static IndexedArticle toArticle(Document doc) {
        return ArticleSchema.article(name -> List.of(doc.getValues(name)));
    }
}
