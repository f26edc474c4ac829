package chanye.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a search: the page of hits asked for and facet counts over all matches.
 *
 * @param query     the query as given
 * @param total     how many hits there are to page through: stories, or documents when every copy is listed
 * @param tookMs    how long the search took
 * @param hits      the hits of the requested page
 * @param facets    facet name ({@code clusters}, {@code sites}, ...) to value to count, over all matches, in the
 *                  order given; counting stories, or documents when every copy is listed
 * @param stories   how many stories match
 * @param documents how many documents match, every copy counted
 */
public record SearchResponse(String query, long total, long tookMs, List<SearchHit> hits,
                             Map<String, Map<String, Long>> facets, long stories, long documents) {

    public SearchResponse {
        hits = List.copyOf(hits);
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        facets.forEach((name, counts) -> ordered.put(name, OrderedMaps.copyOf(counts)));
        facets = OrderedMaps.copyOf(ordered);
    }
}
