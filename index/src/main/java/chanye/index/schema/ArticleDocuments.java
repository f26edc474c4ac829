package chanye.index.schema;

import chanye.classifier.ClusterTag;
import chanye.index.IndexedArticle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * Turns an {@link IndexedArticle} into a Lucene document of the {@link ArticleFields} schema, and back. The site
 * is stored in lower case, as hosts are case-insensitive.
 */
public final class ArticleDocuments {

    /** The stored fields a search hit shows: all but the body, which the highlighter reads on its own. */
    public static final Set<String> HIT_FIELDS = Set.of(ArticleFields.URL, ArticleFields.SITE, ArticleFields.TITLE,
            ArticleFields.SOURCE, ArticleFields.AUTHOR, ArticleFields.PUBLISH_TIME, ArticleFields.CRAWL_TIME,
            ArticleFields.CLUSTER_TAGS, ArticleFields.KEYWORD, ArticleFields.REGION);

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

    /** The document for {@code article}, whose title and body hash to {@code contentHash}. */
    public static Document toDocument(IndexedArticle article, String contentHash) {
        Document doc = new Document();
        doc.add(new StringField(ArticleFields.URL, article.url(), Field.Store.YES));
        String site = article.site().toLowerCase(Locale.ROOT);
        doc.add(new StringField(ArticleFields.SITE, site, Field.Store.YES));
        doc.add(new SortedDocValuesField(ArticleFields.SITE, new BytesRef(site)));
        doc.add(new Field(ArticleFields.TITLE, article.title(), STORED_TEXT));
        doc.add(new Field(ArticleFields.TITLE_BIGRAMS, article.title(), UNSTORED_TEXT));
        doc.add(new Field(ArticleFields.BODY, article.body(), STORED_TEXT));
        doc.add(new Field(ArticleFields.BODY_BIGRAMS, article.body(), UNSTORED_TEXT));
        storeIfPresent(doc, ArticleFields.SOURCE, article.source());
        storeIfPresent(doc, ArticleFields.AUTHOR, article.author());
        if (article.publishTime() != null) {
            long millis = article.publishTime().toInstant().toEpochMilli();
            doc.add(new LongPoint(ArticleFields.PUBLISH_TIME, millis));
            doc.add(new NumericDocValuesField(ArticleFields.PUBLISH_TIME, millis));
            doc.add(new StoredField(ArticleFields.PUBLISH_TIME, article.publishTime().toString()));
        }
        doc.add(new StoredField(ArticleFields.CRAWL_TIME, article.crawlTime().toString()));
        for (ClusterTag tag : article.clusters()) {
            doc.add(new StringField(ArticleFields.CLUSTER, tag.id(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(ArticleFields.CLUSTER, new BytesRef(tag.id())));
            doc.add(new StringField(ArticleFields.CLUSTER_NAME, tag.name(), Field.Store.NO));
        }
        doc.add(new StoredField(ArticleFields.CLUSTER_TAGS, ClusterTagsJson.write(article.clusters())));
        for (String keyword : article.keywords()) {
            doc.add(new StringField(ArticleFields.KEYWORD, keyword, Field.Store.YES));
        }
        for (String region : article.regions()) {
            doc.add(new StringField(ArticleFields.REGION, region, Field.Store.YES));
            doc.add(new SortedSetDocValuesField(ArticleFields.REGION, new BytesRef(region)));
        }
        doc.add(new StringField(ArticleFields.CONTENT_HASH, contentHash, Field.Store.YES));
        return doc;
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    /**
     * The article stored in {@code doc}; a document loaded with {@link #HIT_FIELDS} only gives an empty body.
     */
    public static IndexedArticle toArticle(Document doc) {
        String publishTime = doc.get(ArticleFields.PUBLISH_TIME);
        String tags = doc.get(ArticleFields.CLUSTER_TAGS);
        List<ClusterTag> clusters = tags == null ? List.of() : ClusterTagsJson.read(tags);
        return new IndexedArticle(doc.get(ArticleFields.URL), doc.get(ArticleFields.SITE),
                doc.get(ArticleFields.TITLE), doc.get(ArticleFields.BODY), doc.get(ArticleFields.SOURCE),
                doc.get(ArticleFields.AUTHOR), publishTime == null ? null : OffsetDateTime.parse(publishTime),
                Instant.parse(doc.get(ArticleFields.CRAWL_TIME)), clusters,
                List.of(doc.getValues(ArticleFields.KEYWORD)), List.of(doc.getValues(ArticleFields.REGION)));
    }
}
