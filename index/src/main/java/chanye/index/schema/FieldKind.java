package chanye.index.schema;

/**
 * How a field of the article schema is indexed. Each backend maps a kind to its own field types (Lucene fields in
 * {@link ArticleDocuments}, Solr field types in the generated configset), so the two cannot disagree on what a field
 * is for.
 */
public enum FieldKind {

    /** One exact term that identifies the document. */
    ID,
    /** Exact terms, for filters; a {@linkplain SchemaField#facet() facet} also counts them per value. */
    KEYWORD,
    /** HanLP words with their sub-words, positions and offsets (phrases, highlighting). */
    WORDS,
    /** Character bigrams of another field's text, with positions and offsets: the recall net under the words. */
    BIGRAMS,
    /**
     * An instant: epoch milliseconds for range filters and sorting, and the ISO-8601 text with its own offset,
     * stored, so that a page's +08:00 comes back as it was published.
     */
    TIME,
    /** Stored only: shown, never searched. */
    STORED,
    /**
     * Bytes (base64 in the schema's text values) that a writer reads back by document while it writes, not searched nor shown:
     * the story signature a new article is compared with. Lucene keeps them as binary doc values.
     */
    SKETCH,
    /**
     * The bands of a story signature, found by a writer looking for earlier copies: Solr indexes them as terms, which
     * a query finds; the local index packs their keys into one binary doc value
     * ({@link ArticleFields#STORY_BAND_KEYS}), which its writer loads into memory.
     */
    BANDS
}
