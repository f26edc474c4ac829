package chanye.solr;

import chanye.index.SearchRequest;
import chanye.index.query.SearchFilters;
import chanye.index.schema.ArticleDocuments;
import chanye.index.schema.ArticleFields;
import chanye.index.search.FacetCounts;
import chanye.solr.configset.SchemaXml;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * The Solr parameters of a {@link SearchRequest}: the query goes to chanye's query parser on the nodes (so it is the
 * local index's query), and the filters, sort and page are Solr's, meaning what {@link SearchFilters} means locally.
 */
final class SolrSearches {

    /** The name of chanye's query parser in the generated solrconfig.xml. */
    static final String QUERY_PARSER = "chanye";

    /** Facet name to the field counted, as the local index names them. */
    static final Map<String, String> FACET_FIELDS = Map.of(FacetCounts.CLUSTERS, ArticleFields.CLUSTER,
            FacetCounts.SITES, ArticleFields.SITE, FacetCounts.REGIONS, ArticleFields.REGION);

    /** The facets in the order responses list them. */
    static final List<String> FACETS = List.of(FacetCounts.CLUSTERS, FacetCounts.SITES, FacetCounts.REGIONS);

    private static final String PUBLISH_MILLIS = SchemaXml.millisField(ArticleFields.PUBLISH_TIME);

    private SolrSearches() {
    }

    /** The query for one page of hits with their highlights, and the facets over all matches. */
    static SolrQuery search(SearchRequest request) {
        SolrQuery query = new SolrQuery();
        query.set("q", "{!" + QUERY_PARSER + " v=$uq}");
        query.set("uq", request.query());
        filters(query, request);
        if (request.sort() == SearchRequest.Sort.DATE) {
            query.addSort(PUBLISH_MILLIS, SolrQuery.ORDER.desc);
            query.addSort("score", SolrQuery.ORDER.desc);
        }
        query.setStart(request.offset());
        query.setRows(request.limit());
        List<String> fields = new ArrayList<>(ArticleDocuments.HIT_FIELDS);
        fields.add("score");
        query.setFields(fields.toArray(String[]::new));
        facets(query, FACETS);
        query.set("hl", true);
        query.set("hl.method", "original");
        return query;
    }

    /** Counts of the given facets over the whole collection, and the number of documents. */
    static SolrQuery counts(List<String> facets) {
        SolrQuery query = new SolrQuery("*:*");
        query.setRows(0);
        facets(query, facets);
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

    private static void facets(SolrQuery query, List<String> facets) {
        query.setFacet(true);
        query.setFacetLimit(-1);
        query.setFacetMinCount(1);
        query.setFacetSort("count");
        facets.forEach(facet -> query.addFacetField(FACET_FIELDS.get(facet)));
    }

    private static void filters(SolrQuery query, SearchRequest request) {
        if (!request.clusters().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (String cluster : request.clusters()) {
                any.add(term(ArticleFields.CLUSTER, cluster));
                any.add(term(ArticleFields.CLUSTER_NAME, cluster));
            }
            query.addFilterQuery(String.join(" OR ", any));
        }
        if (request.site() != null) {
            query.addFilterQuery(term(ArticleFields.SITE, request.site().strip().toLowerCase(Locale.ROOT)));
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
