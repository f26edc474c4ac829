package chanye.solr;

import chanye.index.SearchRequest;
import chanye.index.query.SearchFilters;
import chanye.index.schema.ArticleDocuments;
import chanye.index.schema.ArticleFields;
import chanye.index.search.FacetCounts;
import chanye.solr.configset.SchemaXml;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * The Solr requests behind a {@link SearchRequest}: the query goes to chanye's query parser on the nodes (so it is
 * the local index's query), and the filters, sort and page are Solr's, meaning what {@link SearchFilters} means
 * locally.
 *
 * <p>One hit per story: the copies of a story share a shard (the collection routes by story), so the collapsing
 * filter keeps one document per story, its best-scoring copy for relevance (which ranks the story as locally) or its
 * earliest published one for date order (which dates it as locally). Facets count stories, as the number of distinct
 * stories among the matches that carry each value ({@code unique(story)} over the matches before collapsing); which
 * copy shows each story, and its highlights, come from a second request over the page's stories.
 */
final class SolrSearches {

    /** The name of chanye's query parser in the generated solrconfig.xml. */
    static final String QUERY_PARSER = "chanye";

    /** Facet name to the field counted, as the local index names them. */
    static final Map<String, String> FACET_FIELDS = Map.of(FacetCounts.CLUSTERS, ArticleFields.CLUSTER,
            FacetCounts.SITES, ArticleFields.SITE, FacetCounts.REGIONS, ArticleFields.REGION);

    /** The facets in the order responses list them. */
    static final List<String> FACETS = List.of(FacetCounts.CLUSTERS, FacetCounts.SITES, FacetCounts.REGIONS);

    /** The JSON facet that counts all matches (every copy) and their stories. */
    static final String MATCHES = "matches";
    /** The statistic that counts distinct stories. */
    static final String STORIES = "stories";

    private static final String PUBLISH_MILLIS = SchemaXml.millisField(ArticleFields.PUBLISH_TIME);
    private static final String COLLAPSE_TAG = "story";

    private SolrSearches() {
    }

    /** The page of hits (one document per story unless every copy is asked for), the total and the facets. */
    static SolrQuery page(SearchRequest request) {
        SolrQuery query = matching(request);
        if (!request.allCopies()) {
            String head = request.sort() == SearchRequest.Sort.DATE
                    ? " sort='" + PUBLISH_MILLIS + " asc,score desc'" : "";
            query.addFilterQuery("{!collapse tag=" + COLLAPSE_TAG + " field=" + ArticleFields.STORY + head + "}");
        }
        if (request.sort() == SearchRequest.Sort.DATE) {
            query.addSort(PUBLISH_MILLIS, SolrQuery.ORDER.desc);
            query.addSort("score", SolrQuery.ORDER.desc);
        } else {
            query.addSort("score", SolrQuery.ORDER.desc);
            query.addSort(PUBLISH_MILLIS, SolrQuery.ORDER.desc);
        }
        query.setStart(request.offset());
        query.setRows(request.limit());
        if (request.allCopies()) {
            hitFields(query);
        } else {
            query.setFields(ArticleFields.URL, ArticleFields.STORY, "score");
        }
        query.set("json.facet", facets(request.allCopies()));
        return query;
    }

    /** The matching copies of the given stories, with everything a hit shows, to choose which copy shows each. */
    static SolrQuery copiesMatching(SearchRequest request, Collection<String> stories, int rows) {
        SolrQuery query = matching(request);
        query.addFilterQuery(inStories(stories));
        query.setRows(rows);
        hitFields(query);
        return query;
    }

    /** Every copy of the given stories: URL, site, title and time. */
    static SolrQuery everyCopy(Collection<String> stories, int rows) {
        SolrQuery query = new SolrQuery("*:*");
        query.addFilterQuery(inStories(stories));
        query.setRows(rows);
        query.setFields(ArticleFields.URL, ArticleFields.SITE, ArticleFields.TITLE, ArticleFields.PUBLISH_TIME,
                ArticleFields.STORY);
        return query;
    }

    /**
     * Every document the selection keeps, every copy included, with the fields a hit shows (and the body when asked),
     * in URL order, for walking with a cursor.
     */
    static SolrQuery selection(SearchRequest selection, boolean withBody, int rows) {
        SolrQuery query = matching(selection);
        List<String> fields = new ArrayList<>(ArticleDocuments.HIT_FIELDS);
        if (withBody) {
            fields.add(ArticleFields.BODY);
        }
        query.setFields(fields.toArray(String[]::new));
        query.setSort(ArticleFields.URL, SolrQuery.ORDER.asc);
        query.setRows(rows);
        return query;
    }

    private static String inStories(Collection<String> stories) {
        return "{!terms f=" + ArticleFields.STORY + "}" + String.join(",", stories);
    }

    private static SolrQuery matching(SearchRequest request) {
        SolrQuery query = new SolrQuery();
        if (request.hasQuery()) {
            query.set("q", "{!" + QUERY_PARSER + " v=$uq}");
            query.set("uq", request.query());
        } else {
            query.setQuery("*:*");
        }
        filters(query, request);
        return query;
    }

    private static void hitFields(SolrQuery query) {
        List<String> fields = new ArrayList<>(ArticleDocuments.HIT_FIELDS);
        fields.add("score");
        query.setFields(fields.toArray(String[]::new));
        query.set("hl", true);
        query.set("hl.method", "original");
    }

    /** JSON facets: per value, the stories (or, for every copy, the documents) among the matches. */
    private static String facets(boolean allCopies) {
        String domain = allCopies ? "" : ",domain:{excludeTags:" + COLLAPSE_TAG + "},facet:{" + STORIES + ":\"unique("
                + ArticleFields.STORY + ")\"}";
        StringBuilder json = new StringBuilder("{");
        for (String facet : FACETS) {
            json.append(facet).append(":{type:terms,field:").append(FACET_FIELDS.get(facet))
                    .append(",limit:-1,mincount:1").append(domain).append("},");
        }
        json.append(MATCHES).append(":{type:query,q:\"*:*\"")
                .append(allCopies ? "" : ",domain:{excludeTags:" + COLLAPSE_TAG + "}")
                .append(",facet:{").append(STORIES).append(":\"unique(").append(ArticleFields.STORY).append(")\"}}}");
        return json.toString();
    }

    /** Counts of the given facets over the whole collection, the number of documents and of stories. */
    static SolrQuery counts(List<String> facets) {
        SolrQuery query = new SolrQuery("*:*");
        query.setRows(0);
        query.setFacet(true);
        query.setFacetLimit(-1);
        query.setFacetMinCount(1);
        query.setFacetSort("count");
        facets.forEach(facet -> query.addFacetField(FACET_FIELDS.get(facet)));
        query.set("json.facet", "{" + STORIES + ":\"unique(" + ArticleFields.STORY + ")\"}");
        return query;
    }

    /** The article with the earliest (or latest) publish time. */
    static SolrQuery publishTimeAtEnd(boolean latest) {
        SolrQuery query = new SolrQuery("*:*");
        query.addFilterQuery(PUBLISH_MILLIS + ":[* TO *]");
        query.addSort(PUBLISH_MILLIS, latest ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
        query.addSort(ArticleFields.URL, SolrQuery.ORDER.asc);
        query.setRows(1);
        query.setFields(ArticleFields.PUBLISH_TIME);
        return query;
    }

    /** Documents whose {@code field} is exactly {@code value}. */
    static String term(String field, String value) {
        return field + ":" + ClientUtils.escapeQueryChars(value);
    }

    private static String anyOf(String field, Collection<String> values) {
        return String.join(" OR ", values.stream().map(value -> term(field, value)).toList());
    }

    private static void filters(SolrQuery query, SearchRequest request) {
        if (!request.clusters().isEmpty()) {
            query.addFilterQuery(anyOf(ArticleFields.CLUSTER, request.clusters()) + " OR "
                    + anyOf(ArticleFields.CLUSTER_NAME, request.clusters()));
        }
        if (!request.sites().isEmpty()) {
            query.addFilterQuery(anyOf(ArticleFields.SITE, request.sites().stream()
                    .map(site -> site.strip().toLowerCase(Locale.ROOT)).toList()));
        }
        if (!request.regions().isEmpty()) {
            query.addFilterQuery(anyOf(ArticleFields.REGION, request.regions().stream().map(String::strip).toList()));
        }
        if (request.story() != null) {
            query.addFilterQuery(term(ArticleFields.STORY, request.story().strip().toLowerCase(Locale.ROOT)));
        }
        if (request.since() != null || request.until() != null) {
            query.addFilterQuery(PUBLISH_MILLIS + ":[" + startOf(request.since()) + " TO " + endOf(request.until())
                    + "]");
        }
    }

    private static String startOf(LocalDate day) {
        return day == null ? "*" : Long.toString(day.atStartOfDay().toInstant(SearchFilters.CHINA).toEpochMilli());
    }

    private static String endOf(LocalDate day) {
        return day == null ? "*"
                : Long.toString(day.plusDays(1).atStartOfDay().toInstant(SearchFilters.CHINA).toEpochMilli() - 1);
    }
}
