package chanye.index;

/** What {@link ArticleIndexWriter#upsert} did with an article. */
public enum UpsertResult {
    /** stored as a new document, or replaced the document with the same URL whose content changed */
    INDEXED,
    /** not stored: the same content is stored under another URL */
    DUPLICATE,
    /** not stored: the document with this URL already has this content */
    UNCHANGED
}
