package chanye.index;

import chanye.classifier.segment.Segmenter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes articles into the Lucene index under a data directory: one document per URL, no content twice.
 * Holds the index's write lock while open.
 */
public final class ArticleIndexWriter implements Closeable {

    private ArticleIndexWriter() {
    }

    /**
     * Opens (or creates) the index in {@code indexDir}.
     *
     * @throws IndexUnavailableException when another writer holds it, or it is corrupt; the message says what to do
     */
    public static ArticleIndexWriter open(Path indexDir, Segmenter segmenter) throws IOException {
        throw new UnsupportedOperationException("the index lands with issue 6");
    }

    /** Adds the article, or replaces the document with its URL; thread-safe. */
    public UpsertResult upsert(IndexedArticle article) throws IOException {
        throw new UnsupportedOperationException("the index lands with issue 6");
    }

    /** Makes everything written so far durable and visible to new searchers. */
    public void commit() throws IOException {
        throw new UnsupportedOperationException("the index lands with issue 6");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("the index lands with issue 6");
    }
}
