package chanye.solr.plugin;

import chanye.index.InvalidQueryException;
import chanye.index.query.ArticleQueryBuilder;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * The query parser {@value #NAME}: a query in chanye's syntax (words ANDed, {@code "phrases"}, {@code OR},
 * {@code -word}) becomes the very Lucene query the local index runs, built by {@link ArticleQueryBuilder} with the
 * collection schema's query analysis of the article fields. Filters, sorting and paging are Solr's own parameters.
 *
 * <p>A query that chanye rejects (an unclosed quote, nothing to search for, too long) is a syntax error whose message
 * starts with {@value #ERROR_PREFIX}, so that the client can tell it from Solr's own errors and show it as it would
 * locally.
 */
public final class ArticleQParserPlugin extends QParserPlugin {

    /** The parser's name in {@code solrconfig.xml} and in {@code {!chanye}}. */
    public static final String NAME = "chanye";

    /** What the message of a rejected query starts with. */
    public static final String ERROR_PREFIX = "chanye query: ";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        ArticleQueryBuilder queries = new ArticleQueryBuilder(req.getSchema().getQueryAnalyzer());
        String text = qstr == null ? "" : qstr;
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                try {
                    return queries.build(text);
                } catch (InvalidQueryException e) {
                    throw new SyntaxError(ERROR_PREFIX + e.getMessage());
                }
            }

            /** What the highlighter marks: the query's words, not matches of bigrams alone, as locally. */
            @Override
            public Query getHighlightQuery() throws SyntaxError {
                try {
                    return queries.highlighting(text);
                } catch (InvalidQueryException e) {
                    throw new SyntaxError(ERROR_PREFIX + e.getMessage());
                }
            }
        };
    }
}
