package chanye.solr;

import chanye.classifier.ClusterTag;
import chanye.index.ArticleReader;
import chanye.index.IndexStats;
import chanye.index.IndexedArticle;
import chanye.index.InvalidQueryException;
import chanye.index.SearchHit;
import chanye.index.SearchRequest;
import chanye.index.SearchResponse;
import chanye.index.StoredArticle;
import chanye.index.StoryCopy;
import chanye.index.report.ArticlesReport;
import chanye.index.report.Report;
import chanye.index.report.ReportRequest;
import chanye.index.schema.ArticleFields;
import chanye.index.search.FacetCounts;
import chanye.index.search.StoryCopies;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Searches and reads a chanye collection: the same answers as the local index on the same documents, since the nodes
 * build the query and the highlights with the local index's own code and group copies by story as it does. Thread-safe.
 */
final class SolrArticleReader implements ArticleReader {

    /** What a rejected query's message starts with on the nodes (chanye's query parser). */
    private static final String QUERY_ERROR = "chanye query: ";
    private static final int PAGE = 500;
    /** Matching copies read per story of a page, to choose the one that shows it. */
    private static final int COPIES_READ = 200;

    /**
     * Which of a story's matching copies shows it, as the local index chooses: the earliest published (undated last),
     * then the best scoring.
     */
    private static final Comparator<SolrDocument> SHOWN_FIRST = Comparator
            .comparing((SolrDocument doc) -> publishTime(doc),
                    Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)))
            .thenComparing(doc -> -score(doc));

    private final SolrConnection connection;

    SolrArticleReader(SolrConnection connection) {
        this.connection = connection;
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException, InvalidQueryException {
        long started = System.nanoTime();
        if (!request.hasQuery() && !request.hasFilter()) {
            throw new InvalidQueryException("give a query, or a filter (a cluster, site, region, story or date) to"
                    + " list what it keeps");
        }
        QueryResponse page;
        try {
            page = query("search", SolrSearches.page(request));
        } catch (SolrUnavailableException e) {
            throw invalidQuery(e).orElseThrow(() -> e);
        }
        Shown shown = request.allCopies() ? Shown.asListed(page) : shown(request, page);
        Map<String, List<StoryCopy>> copies = copies(shown.docs());
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument doc : shown.docs()) {
            hits.add(hit(doc, shown, copies));
        }
        NestableJsonFacet json = page.getJsonFacetingResponse();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : SolrSearches.FACETS) {
            facets.put(facet, counts(json == null ? null : json.getBucketBasedFacets(facet), request.allCopies()));
        }
        NestableJsonFacet matches = json == null ? null : json.getQueryFacet(SolrSearches.MATCHES);
        long documents = matches == null ? 0 : matches.getCount();
        long stories = matches == null ? 0 : number(matches.getStatValue(SolrSearches.STORIES));
        long total = page.getResults().getNumFound();
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        return new SearchResponse(request.query(), total, tookMs, hits, facets,
                request.allCopies() ? stories : total, documents);
    }

    /**
     * The documents that show a page's hits, their highlights, and each story's best score.
     *
     * @param docs       in page order
     * @param highlights document URL to field to highlighted text
     * @param bestScore  story to the score of its best matching copy
     */
    private record Shown(List<SolrDocument> docs, Map<String, Map<String, List<String>>> highlights,
                         Map<String, Float> bestScore) {

        static Shown asListed(QueryResponse response) {
            return new Shown(response.getResults(), highlightsOf(response), Map.of());
        }
    }

    /** For one hit per story: the copy that shows each story of the page, among its matching copies. */
    private Shown shown(SearchRequest request, QueryResponse page) throws IOException {
        Set<String> stories = new LinkedHashSet<>();
        page.getResults().forEach(doc -> stories.add(String.valueOf(doc.getFirstValue(ArticleFields.STORY))));
        if (stories.isEmpty()) {
            return new Shown(List.of(), Map.of(), Map.of());
        }
        QueryResponse matching = query("read the copies of the hits",
                SolrSearches.copiesMatching(request, stories, COPIES_READ * stories.size()));
        Map<String, SolrDocument> shownByStory = new HashMap<>();
        Map<String, Float> bestScore = new HashMap<>();
        for (SolrDocument doc : matching.getResults()) {
            String story = String.valueOf(doc.getFirstValue(ArticleFields.STORY));
            bestScore.merge(story, score(doc), Math::max);
            shownByStory.merge(story, doc, (a, b) -> SHOWN_FIRST.compare(a, b) <= 0 ? a : b);
        }
        List<SolrDocument> docs = new ArrayList<>();
        for (String story : stories) {
            SolrDocument doc = shownByStory.get(story);
            if (doc != null) {
                docs.add(doc);
            }
        }
        return new Shown(docs, highlightsOf(matching), bestScore);
    }

    private static Map<String, Map<String, List<String>>> highlightsOf(QueryResponse response) {
        return response.getHighlighting() == null ? Map.of() : response.getHighlighting();
    }

    /** Every copy of the stories of {@code docs}, the earliest published first, by story. */
    private Map<String, List<StoryCopy>> copies(List<SolrDocument> docs) throws IOException {
        Set<String> stories = new LinkedHashSet<>();
        docs.forEach(doc -> stories.add(String.valueOf(doc.getFirstValue(ArticleFields.STORY))));
        Map<String, List<StoryCopy>> copies = new HashMap<>();
        if (stories.isEmpty()) {
            return copies;
        }
        QueryResponse response = query("read the copies of the hits' stories",
                SolrSearches.everyCopy(stories, StoryCopies.MAX_COPIES * stories.size()));
        for (SolrDocument doc : response.getResults()) {
            copies.computeIfAbsent(String.valueOf(doc.getFirstValue(ArticleFields.STORY)), story -> new ArrayList<>())
                    .add(new StoryCopy(String.valueOf(doc.getFirstValue(ArticleFields.URL)),
                            String.valueOf(doc.getFirstValue(ArticleFields.SITE)),
                            (String) doc.getFirstValue(ArticleFields.TITLE), publishTime(doc)));
        }
        copies.values().forEach(list -> list.sort(StoryCopies.EARLIEST_FIRST));
        return copies;
    }

    private static SearchHit hit(SolrDocument doc, Shown shown,
                                 Map<String, List<StoryCopy>> copies) {
        IndexedArticle article = SolrDocuments.toArticle(doc);
        String story = (String) doc.getFirstValue(ArticleFields.STORY);
        Map<String, List<String>> marked = shown.highlights().getOrDefault(article.url(), Map.of());
        float score = shown.bestScore().getOrDefault(story, score(doc));
        List<StoryCopy> all = story == null ? List.of() : copies.getOrDefault(story, List.of());
        boolean original = all.isEmpty() || all.get(0).url().equals(article.url());
        return new SearchHit(article.url(), article.title(), article.publishTime(), article.site(), article.source(),
                article.clusters().stream().map(ClusterTag::id).toList(), score,
                first(marked.get(ArticleFields.BODY)), first(marked.get(ArticleFields.TITLE)), article.clusters(),
                article.author(), article.regions(), article.keywords(), story, original,
                all.stream().filter(copy -> !copy.url().equals(article.url())).toList());
    }

    private static OffsetDateTime publishTime(SolrDocument doc) {
        Object time = doc.getFirstValue(ArticleFields.PUBLISH_TIME);
        return time == null ? null : OffsetDateTime.parse(time.toString());
    }

    private static float score(SolrDocument doc) {
        Object score = doc.getFieldValue("score");
        return score == null ? 0f : ((Number) score).floatValue();
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
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

    /** Value to count of one JSON facet: stories per value, or documents when every copy is counted. */
    private static Map<String, Long> counts(BucketBasedJsonFacet facet, boolean documents) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (facet != null) {
            for (BucketJsonFacet bucket : facet.getBuckets()) {
                counts.put(String.valueOf(bucket.getVal()),
                        documents ? bucket.getCount() : number(bucket.getStatValue(SolrSearches.STORIES)));
            }
        }
        return FacetCounts.largestFirst(counts);
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
        NestableJsonFacet json = counts.getJsonFacetingResponse();
        return new IndexStats(counts.getResults().getNumFound(), counts(counts, ArticleFields.CLUSTER),
                counts(counts, ArticleFields.SITE), publishTimeAtEnd(false), publishTimeAtEnd(true),
                json == null ? 0 : number(json.getStatValue(SolrSearches.STORIES)));
    }

    private OffsetDateTime publishTimeAtEnd(boolean latest) throws IOException {
        QueryResponse response = query("find the " + (latest ? "newest" : "oldest") + " article",
                SolrSearches.publishTimeAtEnd(latest));
        return response.getResults().isEmpty() ? null : publishTime(response.getResults().get(0));
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
        return walk("read the articles", query, doc -> action.accept(SolrDocuments.toArticle(doc)));
    }

    /** Walks the selection's documents with a cursor, a page at a time, in URL order. */
    @Override
    public long export(SearchRequest selection, boolean withBody, ExportAction action)
            throws IOException, InvalidQueryException {
        try {
            return walk("export the articles", SolrSearches.selection(selection, withBody, PAGE),
                    doc -> action.accept(new StoredArticle(SolrDocuments.toArticle(doc),
                            (String) doc.getFirstValue(ArticleFields.STORY))));
        } catch (SolrUnavailableException e) {
            throw invalidQuery(e).orElseThrow(() -> e);
        }
    }

    /**
     * Reads the selection's documents (without bodies) into {@link ArticlesReport}, which builds the report as the
     * local index does; the report's figures are then the local index's on the same documents.
     */
    @Override
    public Report report(ReportRequest request) throws IOException, InvalidQueryException {
        try (ArticlesReport report = new ArticlesReport()) {
            export(request.selection(), false, report::add);
            return report.build(request);
        }
    }

    /** Hands every document {@code query} matches to {@code action}, a page at a time with a cursor. */
    private long walk(String what, SolrQuery query, DocumentAction action) throws IOException {
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        long count = 0;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = query(what, query);
            for (SolrDocument doc : response.getResults()) {
                action.accept(doc);
                count++;
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return count;
            }
            cursor = next;
        }
    }

    /** What {@link #walk} does with each document. */
    @FunctionalInterface
    private interface DocumentAction {

        void accept(SolrDocument doc) throws IOException;
    }

    private QueryResponse query(String what, SolrQuery query) throws SolrUnavailableException {
        return connection.request(what, new QueryRequest(query, SolrRequest.METHOD.POST));
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
