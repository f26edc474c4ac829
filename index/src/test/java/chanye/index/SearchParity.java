package chanye.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether two backends gave the same answer to one search: the same total, facets and hits with the same fields,
 * snippets and (within float rounding) scores, in the same order, except that hits whose sort keys are equal may
 * come in either order (each backend breaks ties by its own document order).
 */
public final class SearchParity {

    private static final double SCORE_TOLERANCE = 1e-4;

    private SearchParity() {
    }

    /** Fails, naming {@code what}, unless {@code actual} answers as {@code expected} does. */
    public static void assertSameAnswer(String what, SearchRequest.Sort sort, SearchResponse expected,
                                        SearchResponse actual) {
        assertEquals(expected.total(), actual.total(), what + ": total");
        assertEquals(expected.stories(), actual.stories(), what + ": stories");
        assertEquals(expected.documents(), actual.documents(), what + ": documents");
        assertEquals(expected.facets(), actual.facets(), what + ": facets");
        assertEquals(urls(expected.hits()).stream().sorted().toList(), urls(actual.hits()).stream().sorted().toList(),
                what + ": the hits");
        Map<String, SearchHit> actualByUrl = new HashMap<>();
        actual.hits().forEach(hit -> actualByUrl.put(hit.url(), hit));
        for (SearchHit hit : expected.hits()) {
            SearchHit other = actualByUrl.get(hit.url());
            assertEquals(withoutScore(hit), withoutScore(other), what + ": the hit " + hit.url());
            assertEquals(hit.score(), other.score(), SCORE_TOLERANCE * Math.max(1, Math.abs(hit.score())),
                    what + ": the score of " + hit.url());
        }
        List<Integer> group = tieGroups(expected.hits(), sort);
        Map<String, Integer> expectedRank = new HashMap<>();
        for (int i = 0; i < expected.hits().size(); i++) {
            expectedRank.put(expected.hits().get(i).url(), i);
        }
        for (int i = 0; i < actual.hits().size(); i++) {
            String url = actual.hits().get(i).url();
            assertEquals(group.get(i), group.get(expectedRank.get(url)),
                    what + ": " + url + " ranks " + (i + 1) + ", not " + (expectedRank.get(url) + 1));
        }
    }

    private static List<String> urls(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::url).toList();
    }

    private static SearchHit withoutScore(SearchHit hit) {
        return new SearchHit(hit.url(), hit.title(), hit.publishTime(), hit.site(), hit.source(), hit.clusters(), 0f,
                hit.snippet(), hit.highlightedTitle(), hit.clusterTags(), hit.author(), hit.regions(), hit.keywords(),
                hit.story(), hit.original(), hit.copies());
    }

    /** For each rank, the number of its run of hits with equal sort keys. */
    private static List<Integer> tieGroups(List<SearchHit> hits, SearchRequest.Sort sort) {
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            boolean tied = i > 0 && sameKey(hits.get(i - 1), hits.get(i), sort);
            groups.add(i == 0 ? 0 : tied ? groups.get(i - 1) : groups.get(i - 1) + 1);
        }
        return groups;
    }

    private static boolean sameKey(SearchHit a, SearchHit b, SearchRequest.Sort sort) {
        boolean sameScore = Math.abs(a.score() - b.score()) <= SCORE_TOLERANCE * Math.max(1, Math.abs(a.score()));
        boolean sameTime = Objects.equals(a.publishTime() == null ? null : a.publishTime().toInstant(),
                b.publishTime() == null ? null : b.publishTime().toInstant());
        return sort == SearchRequest.Sort.DATE ? sameTime && sameScore : sameScore;
    }
}
