package chanye.index;

import chanye.classifier.segment.Segmenter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Searches the index under a data directory; safe to use while a writer is adding documents. */
public final class ArticleSearcher implements Closeable {

    private ArticleSearcher() {
    }

    /**
     * Opens the index in {@code indexDir} for reading.
     *
     * @throws IndexUnavailableException when there is no index there, or it is corrupt; the message says what to do
     */
    public static ArticleSearcher open(Path indexDir, Segmenter segmenter) throws IOException {
        throw new UnsupportedOperationException("the index lands with issue 6");
    }

    /**
     * Runs a search.
     *
     * @throws InvalidQueryException when the query cannot be parsed
     */
    public SearchResponse search(SearchRequest request) throws IOException, InvalidQueryException {
        throw new UnsupportedOperationException("the index lands with issue 6");
    }

    /** What the index holds. */
    public IndexStats stats() throws IOException {
        throw new UnsupportedOperationException("the index lands with issue 6");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("the index lands with issue 6");
    }
}
