package chanye.index;

import chanye.index.report.Report;
import chanye.index.report.ReportRequest;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Searches and reads an index: the local Lucene index under a data directory ({@link ArticleSearcher}) or a Solr
 * collection. Both answer the same request with the same hits, facets, snippets and statistics, so that commands
 * print alike whichever one they read. Thread-safe.
 */
public interface ArticleReader extends Closeable {

    /**
     * Runs a search: the page of hits asked for (one per story, shown by its earliest published matching copy and
     * ranked by its best matching one, or every copy when the request asks so), with highlighted titles and snippets,
     * each hit's other copies, and facet counts of clusters, sites and regions over all matches (counting stories,
     * or documents when every copy is listed). Without a query, the filters' matches are listed.
     *
     * @throws InvalidQueryException when the query cannot be parsed or has nothing to search for, or when neither a
     *     query nor a filter is given
     */
    SearchResponse search(SearchRequest request) throws IOException, InvalidQueryException;

    /**
     * The report of the articles the request's selection keeps (every article when it has neither query nor
     * filter), counted in stories.
     *
     * @throws InvalidQueryException when the selection's query cannot be parsed
     */
    Report report(ReportRequest request) throws IOException, InvalidQueryException;

    /**
     * Hands every article the selection keeps (its query is optional; without query and filters, every article),
     * every copy of a story included, with its story, to {@code action}, one at a time in index order: a walk over
     * any number of articles in the memory of a few.
     *
     * @param withBody whether the articles carry their body (else an empty one, which is quicker)
     * @return how many articles were handed over
     * @throws InvalidQueryException when the selection's query cannot be parsed
     */
    long export(SearchRequest selection, boolean withBody, ExportAction action)
            throws IOException, InvalidQueryException;

    /** What the index holds: documents, and the stories they tell. */
    IndexStats stats() throws IOException;

    /** The article stored under {@code url}, if any. */
    Optional<IndexedArticle> get(String url) throws IOException;

    /**
     * Hands every stored article, with its body, to {@code action}, in no particular order; for copying an index
     * into another or exporting it.
     *
     * @return how many articles were handed over
     */
    long forEach(ArticleAction action) throws IOException;

    /** What is done with each article of {@link #export}. */
    @FunctionalInterface
    interface ExportAction {

        /** Takes one article; an exception ends the walk. */
        void accept(StoredArticle article) throws IOException;
    }

    /** What is done with each article of {@link #forEach}. */
    @FunctionalInterface
    interface ArticleAction {

        /** Takes one article; an exception ends the walk. */
        void accept(IndexedArticle article) throws IOException;
    }
}
