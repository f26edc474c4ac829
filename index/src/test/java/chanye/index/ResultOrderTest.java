package chanye.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facet and stats counts keep the order they were counted in (largest first), so JSON output is stable. */
class ResultOrderTest {

    private static final List<String> HOSTS = List.of("j.cn", "a.cn", "h.cn", "c.cn", "f.cn", "b.cn", "i.cn",
            "d.cn", "g.cn", "e.cn");

    private static Map<String, Long> countsInOrder() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < HOSTS.size(); i++) {
            counts.put(HOSTS.get(i), (long) (HOSTS.size() - i));
        }
        return counts;
    }

    @Test
    void statsKeepTheOrderOfTheirCounts() {
        IndexStats stats = new IndexStats(55, countsInOrder(), countsInOrder(), null, null, 50);
        assertEquals(HOSTS, new ArrayList<>(stats.clusters().keySet()));
        assertEquals(HOSTS, new ArrayList<>(stats.sites().keySet()));
    }

    @Test
    void facetsKeepTheOrderOfTheirNamesAndCounts() {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        HOSTS.forEach(name -> facets.put(name, countsInOrder()));
        SearchResponse response = new SearchResponse("光伏", 55, 1, List.of(), facets, 55, 60);
        assertEquals(HOSTS, new ArrayList<>(response.facets().keySet()));
        assertEquals(HOSTS, new ArrayList<>(response.facets().get("e.cn").keySet()));
    }
}
