package chanye.solr.plugin;

import chanye.index.schema.ArticleAnalyzers;
import chanye.index.schema.ArticleFields;
import chanye.index.search.ArticleHighlighter;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.highlight.SolrHighlighter;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.search.DocIterator;
import org.apache.solr.search.DocList;
import org.apache.solr.search.SolrIndexSearcher;

/**
 * Highlights hits with the local index's {@link ArticleHighlighter}, over the shard's own postings: the whole title
 * and up to two sentences of the body, matches in {@code <em>}, the rest HTML-escaped. Configured as the highlighter
 * of Solr's highlight component and chosen with {@code hl.method=original}; the component gathers each shard's
 * highlights by document key, as for its own highlighters.
 *
 * <p>Each document's entry holds {@value ArticleFields#TITLE} and {@value ArticleFields#BODY}, a list of one string
 * each (as Solr's highlighters list snippets), where there is something to show.
 */
public final class ArticleSolrHighlighter extends SolrHighlighter {

    @Override
    public NamedList<Object> doHighlighting(DocList docs, Query query, SolrQueryRequest req, String[] defaultFields)
            throws IOException {
        SolrIndexSearcher searcher = req.getSearcher();
        IndexSchema schema = req.getSchema();
        int[] docIds = new int[docs.size()];
        DocIterator iterator = docs.iterator();
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = iterator.nextDoc();
        }
        ArticleHighlighter.Highlights highlights =
                new ArticleHighlighter(searcher, ArticleAnalyzers.forHighlighting(schema.getIndexAnalyzer()))
                        .highlight(query, docIds);
        Set<String> keyField = Set.of(schema.getUniqueKeyField().getName());
        NamedList<Object> byKey = new SimpleOrderedMap<>();
        for (int i = 0; i < docIds.length; i++) {
            NamedList<Object> fields = new SimpleOrderedMap<>();
            addIfPresent(fields, ArticleFields.TITLE, highlights.titles().get(i));
            addIfPresent(fields, ArticleFields.BODY, highlights.snippets().get(i));
            byKey.add(schema.printableUniqueKey(searcher.getDocFetcher().doc(docIds[i], keyField)), fields);
        }
        return byKey;
    }

    private static void addIfPresent(NamedList<Object> fields, String field, String text) {
        if (text != null) {
            fields.add(field, new String[] {text});
        }
    }
}
