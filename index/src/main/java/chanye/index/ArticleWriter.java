package chanye.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes articles into an index: one document per URL, no content twice. The local Lucene index under a data
 * directory ({@link ArticleIndexWriter}) and a Solr collection write alike, so that a crawl does not know which one it
 * fills.
 *
 * <p>Nothing written is visible to searchers, or safe from a crash, before {@link #commit}; implementations are
 * thread-safe, as the crawler upserts from its worker threads.
 */
public interface ArticleWriter extends Closeable {

    /**
     * Adds the article, or replaces the document with its URL, in the story of the closest earlier copy of it (an
     * article republished on another site, see {@link chanye.index.story}), else in a story of its own.
     *
     * @return {@link UpsertResult#UNCHANGED} when the URL already holds this content, {@link UpsertResult#DUPLICATE}
     *     when another URL of the same site does (nothing is written then; on another site the same content is a
     *     copy, and indexed), else {@link UpsertResult#INDEXED}
     * @throws IOException naming the URL when the article cannot be written
     */
    UpsertResult upsert(IndexedArticle article) throws IOException;

    /**
     * The URL of {@code site} whose document holds this content, if any: the duplicate lookup behind
     * {@link #upsert}.
     *
     * @param site        a host, as {@link IndexedArticle#site()}
     * @param contentHash a {@link chanye.index.schema.ContentHash} of a title and body
     */
    Optional<String> urlWithContent(String site, String contentHash) throws IOException;

    /**
     * Removes the document of {@code url}, as when its page is gone at the source.
     *
     * @return whether there was one
     */
    boolean delete(String url) throws IOException;

    /**
     * Replaces the document of the article's URL with this article even when its title and body are unchanged, as
     * when it is re-tagged; the document is then either the old one or this one, never half of each. This default
     * deletes and adds, which a backend that commits both at once keeps atomic; the local index replaces in one
     * update.
     *
     * @throws IOException naming the URL when the article cannot be written
     */
    default void replace(IndexedArticle article) throws IOException {
        delete(article.url());
        if (upsert(article) == UpsertResult.DUPLICATE) {
            throw new IOException("cannot replace " + article.url() + ": another document holds its content");
        }
    }

    /** Makes everything written so far durable and visible to new searchers. */
    void commit() throws IOException;

    /** Commits and lets go of the index. */
    @Override
    void close() throws IOException;
}
