package chanye.index.query;

import chanye.index.SearchRequest;
import chanye.index.schema.ArticleFields;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The filters of a {@link SearchRequest} added to a query: they restrict the matches without changing scores.
 *
 * <p>Clusters: any of the given ids or Chinese names. Sites: any of the hosts, case-insensitive. Regions: any of the given
 * places. Story: the copies of one story, by its id. Dates: whole days in China
 * time (+08:00), both ends inclusive, on the publish time; an article without a publish time never passes a date
 * filter.
 */
public final class SearchFilters {

    /** The zone of the contract's dates. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private SearchFilters() {
    }

    /** {@code query} restricted by the request's filters. */
    public static Query apply(Query query, SearchRequest request) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (!request.clusters().isEmpty()) {
            BooleanQuery.Builder anyCluster = new BooleanQuery.Builder();
            for (String cluster : request.clusters()) {
                anyCluster.add(new TermQuery(new Term(ArticleFields.CLUSTER, cluster)), Occur.SHOULD);
                anyCluster.add(new TermQuery(new Term(ArticleFields.CLUSTER_NAME, cluster)), Occur.SHOULD);
            }
            filtered.add(anyCluster.build(), Occur.FILTER);
        }
        if (!request.sites().isEmpty()) {
            BooleanQuery.Builder anySite = new BooleanQuery.Builder();
            for (String site : request.sites()) {
                anySite.add(new TermQuery(new Term(ArticleFields.SITE, site.strip().toLowerCase(Locale.ROOT))),
                        Occur.SHOULD);
            }
            filtered.add(anySite.build(), Occur.FILTER);
        }
        if (!request.regions().isEmpty()) {
            BooleanQuery.Builder anyRegion = new BooleanQuery.Builder();
            for (String region : request.regions()) {
                anyRegion.add(new TermQuery(new Term(ArticleFields.REGION, region.strip())), Occur.SHOULD);
            }
            filtered.add(anyRegion.build(), Occur.FILTER);
        }
        if (request.story() != null) {
            filtered.add(new TermQuery(new Term(ArticleFields.STORY, request.story().strip().toLowerCase(Locale.ROOT))),
                    Occur.FILTER);
        }
        if (request.since() != null || request.until() != null) {
            filtered.add(LongPoint.newRangeQuery(ArticleFields.PUBLISH_TIME, startOf(request.since()),
                    endOf(request.until())), Occur.FILTER);
        }
        return filtered.build();
    }

    private static long startOf(LocalDate day) {
        return day == null ? Long.MIN_VALUE : day.atStartOfDay().toInstant(CHINA).toEpochMilli();
    }

    private static long endOf(LocalDate day) {
        return day == null ? Long.MAX_VALUE : day.plusDays(1).atStartOfDay().toInstant(CHINA).toEpochMilli() - 1;
    }
}
