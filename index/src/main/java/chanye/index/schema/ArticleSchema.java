package chanye.index.schema;

import chanye.classifier.ClusterTag;
import chanye.index.IndexedArticle;
import chanye.index.story.StoryFields;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The article schema, the one source of truth for every index: which fields a document has, how each is indexed,
 * and how an {@link IndexedArticle} becomes their values and comes back from the stored ones. The local index builds
 * its Lucene documents from it ({@link ArticleDocuments}) and the Solr configset's schema is generated from it, so
 * the two cannot drift; a field is added here, once.
 */
public final class ArticleSchema {

    /** Every field, in the order documents list them. */
    public static final List<SchemaField> FIELDS = List.of(
            field(ArticleFields.URL, FieldKind.ID, true, false, false),
            field(ArticleFields.SITE, FieldKind.KEYWORD, true, false, true),
            field(ArticleFields.TITLE, FieldKind.WORDS, true, false, false),
            bigrams(ArticleFields.TITLE_BIGRAMS, ArticleFields.TITLE),
            field(ArticleFields.BODY, FieldKind.WORDS, true, false, false),
            bigrams(ArticleFields.BODY_BIGRAMS, ArticleFields.BODY),
            field(ArticleFields.SOURCE, FieldKind.STORED, true, false, false),
            field(ArticleFields.AUTHOR, FieldKind.STORED, true, false, false),
            field(ArticleFields.PUBLISH_TIME, FieldKind.TIME, true, false, false),
            field(ArticleFields.CRAWL_TIME, FieldKind.STORED, true, false, false),
            field(ArticleFields.CLUSTER, FieldKind.KEYWORD, false, true, true),
            field(ArticleFields.CLUSTER_NAME, FieldKind.KEYWORD, false, true, false),
            field(ArticleFields.CLUSTER_TAGS, FieldKind.STORED, true, false, false),
            field(ArticleFields.KEYWORD, FieldKind.KEYWORD, true, true, true),
            field(ArticleFields.REGION, FieldKind.KEYWORD, true, true, true),
            field(ArticleFields.CONTENT_HASH, FieldKind.KEYWORD, true, false, false),
            field(ArticleFields.STORY, FieldKind.KEYWORD, true, false, true),
            field(ArticleFields.STORY_BAND, FieldKind.BANDS, false, true, false),
            field(ArticleFields.STORY_SIGNATURE, FieldKind.SKETCH, false, false, false));

    private ArticleSchema() {
    }

    private static SchemaField field(String name, FieldKind kind, boolean stored, boolean multiValued,
                                     boolean facet) {
        return new SchemaField(name, kind, stored, multiValued, facet, null);
    }

    private static SchemaField bigrams(String name, String source) {
        return new SchemaField(name, FieldKind.BIGRAMS, false, false, false, source);
    }

    /** The field named {@code name}. */
    public static SchemaField field(String name) {
        return FIELDS.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name + " in the article schema"));
    }

    /**
     * The values of every field but the {@link FieldKind#BIGRAMS bigram} ones (which index their source's text) for
     * {@code article} in the story {@code story} describes, as text: a {@link FieldKind#TIME time} as ISO-8601 with
     * its offset, a {@link FieldKind#SKETCH sketch} as base64. A field without a value is left out. The site is
     * lower-cased, as hosts are case-insensitive.
     */
    public static Map<String, List<String>> values(IndexedArticle article, String contentHash, StoryFields story) {
        Map<String, List<String>> values = textValues(article, contentHash, story.story());
        putAll(values, ArticleFields.STORY_BAND, story.bands());
        put(values, ArticleFields.STORY_SIGNATURE, story.signature());
        return Collections.unmodifiableMap(values);
    }

    /**
     * The {@linkplain #values values} of every field but the story's {@link FieldKind#BANDS bands} and
     * {@link FieldKind#SKETCH signature}: for a backend that indexes those as bytes, from {@link StoryFields} itself.
     */
    public static Map<String, List<String>> valuesButStorySketch(IndexedArticle article, String contentHash,
                                                                 String story) {
        return Collections.unmodifiableMap(textValues(article, contentHash, story));
    }

    private static Map<String, List<String>> textValues(IndexedArticle article, String contentHash, String story) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, ArticleFields.URL, article.url());
        put(values, ArticleFields.SITE, article.site().toLowerCase(Locale.ROOT));
        put(values, ArticleFields.TITLE, article.title());
        put(values, ArticleFields.BODY, article.body());
        put(values, ArticleFields.SOURCE, article.source());
        put(values, ArticleFields.AUTHOR, article.author());
        OffsetDateTime published = time(article, ArticleFields.PUBLISH_TIME);
        put(values, ArticleFields.PUBLISH_TIME, published == null ? null : published.toString());
        put(values, ArticleFields.CRAWL_TIME, article.crawlTime().toString());
        putAll(values, ArticleFields.CLUSTER, article.clusters().stream().map(ClusterTag::id).toList());
        putAll(values, ArticleFields.CLUSTER_NAME, article.clusters().stream().map(ClusterTag::name).toList());
        put(values, ArticleFields.CLUSTER_TAGS, ClusterTagsJson.write(article.clusters()));
        putAll(values, ArticleFields.KEYWORD, article.keywords());
        putAll(values, ArticleFields.REGION, article.regions());
        put(values, ArticleFields.CONTENT_HASH, contentHash);
        put(values, ArticleFields.STORY, story);
        return values;
    }

    /**
     * The time {@code article} holds in the {@link FieldKind#TIME time} field {@code field}, whose value is its
     * ISO-8601 text; {@code null} when it has none.
     */
    public static OffsetDateTime time(IndexedArticle article, String field) {
        if (!field.equals(ArticleFields.PUBLISH_TIME)) {
            throw new IllegalArgumentException(field + " is not a time field of the article schema");
        }
        return article.publishTime();
    }

    private static void put(Map<String, List<String>> values, String field, String value) {
        if (value != null) {
            values.put(field, List.of(value));
        }
    }

    private static void putAll(Map<String, List<String>> values, String field, List<String> list) {
        if (!list.isEmpty()) {
            values.put(field, List.copyOf(list));
        }
    }

    /**
     * The article whose stored values {@code stored} gives per field name (an empty list where there are none); a
     * document read without its body gives an empty body.
     */
    public static IndexedArticle article(Function<String, List<String>> stored) {
        String publishTime = first(stored, ArticleFields.PUBLISH_TIME);
        String tags = first(stored, ArticleFields.CLUSTER_TAGS);
        List<ClusterTag> clusters = tags == null ? List.of() : ClusterTagsJson.read(tags);
        return new IndexedArticle(first(stored, ArticleFields.URL), first(stored, ArticleFields.SITE),
                first(stored, ArticleFields.TITLE), first(stored, ArticleFields.BODY),
                first(stored, ArticleFields.SOURCE), first(stored, ArticleFields.AUTHOR),
                publishTime == null ? null : OffsetDateTime.parse(publishTime),
                Instant.parse(first(stored, ArticleFields.CRAWL_TIME)), clusters,
                new ArrayList<>(stored.apply(ArticleFields.KEYWORD)),
                new ArrayList<>(stored.apply(ArticleFields.REGION)));
    }

    private static String first(Function<String, List<String>> stored, String field) {
        List<String> values = stored.apply(field);
        return values.isEmpty() ? null : values.get(0);
    }
}
