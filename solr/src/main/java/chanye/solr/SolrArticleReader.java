package chanye.solr;

import chanye.classifier.ClusterTag;
import chanye.index.ArticleReader;
import chanye.index.IndexStats;
import chanye.index.IndexedArticle;
import chanye.index.InvalidQueryException;
import chanye.index.SearchHit;
import chanye.index.SearchRequest;
import chanye.index.SearchResponse;
import chanye.index.schema.ArticleFields;
import chanye.index.search.FacetCounts;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Searches and reads a chanye collection: the same answers as the local index on the same documents, since the nodes
 * build the query and the highlights with the local index's own code. Thread-safe.
 */
final class SolrArticleReader implements ArticleReader {

    /** What a rejected query's message starts with on the nodes (chanye's query parser). */
    private static final String QUERY_ERROR = "chanye query: ";
    private static final int PAGE = 500;

    private final SolrConnection connection;

    SolrArticleReader(SolrConnection connection) {
        this.connection = connection;
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException, InvalidQueryException {
        long started = System.nanoTime();
        QueryResponse response;
        try {
            response = query("search", SolrSearches.search(request));
        } catch (SolrUnavailableException e) {
            throw invalidQuery(e).orElseThrow(() -> e);
        }
        Map<String, Map<String, List<String>>> highlights = response.getHighlighting() == null ? Map.of()
                : response.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            IndexedArticle article = SolrDocuments.toArticle(doc);
            Map<String, List<String>> marked = highlights.getOrDefault(article.url(), Map.of());
            hits.add(new SearchHit(article.url(), article.title(), article.publishTime(), article.site(),
                    article.source(), article.clusters().stream().map(ClusterTag::id).toList(),
                    ((Number) doc.getFieldValue("score")).floatValue(), first(marked.get(ArticleFields.BODY)),
                    first(marked.get(ArticleFields.TITLE)), article.clusters()));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : SolrSearches.FACETS) {
            facets.put(facet, counts(response, SolrSearches.FACET_FIELDS.get(facet)));
        }
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        return new SearchResponse(request.query(), response.getResults().getNumFound(), tookMs, hits, facets);
    }

    /** The user's mistake behind a failed search, worded as the local index words it, if it was one. */
    private static Optional<InvalidQueryException> invalidQuery(SolrUnavailableException e) {
        if (!(e.getCause() instanceof SolrException solr) || solr.code() != SolrException.ErrorCode.BAD_REQUEST.code) {
            return Optional.empty();
        }
        String message = String.valueOf(solr.getMessage());
        int at = message.indexOf(QUERY_ERROR);
        if (at >= 0) {
            return Optional.of(new InvalidQueryException(message.substring(at + QUERY_ERROR.length()).strip()));
        }
        if (message.toLowerCase(Locale.ROOT).contains("too many")) {
            return Optional.of(new InvalidQueryException("the query is too complex: use fewer words"));
        }
        return Optional.empty();
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Map<String, Long> counts(QueryResponse response, String field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        FacetField facet = response.getFacetField(field);
        if (facet != null && facet.getValues() != null) {
            facet.getValues().forEach(value -> counts.put(value.getName(), value.getCount()));
        }
        return FacetCounts.largestFirst(counts);
    }

    @Override
    public IndexStats stats() throws IOException {
        QueryResponse counts = query("count the articles",
                SolrSearches.counts(List.of(FacetCounts.CLUSTERS, FacetCounts.SITES)));
        return new IndexStats(counts.getResults().getNumFound(), counts(counts, ArticleFields.CLUSTER),
                counts(counts, ArticleFields.SITE), publishTimeAtEnd(false), publishTimeAtEnd(true));
    }

    private OffsetDateTime publishTimeAtEnd(boolean latest) throws IOException {
        QueryResponse response = query("find the " + (latest ? "newest" : "oldest") + " article",
                SolrSearches.publishTimeAtEnd(latest));
        if (response.getResults().isEmpty()) {
            return null;
        }
        return OffsetDateTime.parse(String.valueOf(response.getResults().get(0)
                .getFirstValue(ArticleFields.PUBLISH_TIME)));
    }

    @Override
    public Optional<IndexedArticle> get(String url) throws IOException {
        SolrQuery query = new SolrQuery("*:*");
        query.addFilterQuery(SolrSearches.term(ArticleFields.URL, url));
        query.setRows(1);
        query.setFields("*");
        QueryResponse response = query("read " + url, query);
        return response.getResults().isEmpty() ? Optional.empty()
                : Optional.of(SolrDocuments.toArticle(response.getResults().get(0)));
    }

    @Override
    public long forEach(ArticleAction action) throws IOException {
        SolrQuery query = new SolrQuery("*:*");
        query.setRows(PAGE);
        query.setFields("*");
        query.setSort(ArticleFields.URL, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        long count = 0;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = query("read the articles", query);
            for (SolrDocument doc : response.getResults()) {
                action.accept(SolrDocuments.toArticle(doc));
                count++;
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return count;
            }
            cursor = next;
        }
    }

    private QueryResponse query(String what, SolrQuery query) throws SolrUnavailableException {
        return connection.request(what, new QueryRequest(query, SolrRequest.METHOD.POST));
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
