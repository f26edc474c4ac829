package chanye.index;

import java.io.IOException;

/**
 * Where articles are indexed and searched: the local Lucene index under a data directory ({@link LocalIndex}, the
 * default), or a collection of a SolrCloud cluster that several crawl workers fill and many analysts search.
 * Commands open what they need through this interface and never ask which one it is.
 */
public interface IndexBackend {

    /**
     * Opens the index for writing (the local index takes its write lock).
     *
     * @throws IOException with a one-line message naming the index and what to do when it cannot be opened
     */
    ArticleWriter openWriter() throws IOException;

    /**
     * Opens the index for searching; it may be written meanwhile.
     *
     * @throws IOException with a one-line message naming the index and what to do when there is none or it cannot
     *                     be read
     */
    ArticleReader openReader() throws IOException;

    /** The index for people: its directory, or the collection and where it is served. */
    String describe();
}
