package chanye.index;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What the index holds, as the contract's {@code chanye stats} shows it.
 *
 * @param documents how many articles, every copy of a story counted
 * @param clusters  cluster id to article count
 * @param sites     host to article count (both in the order given)
 * @param oldest    the earliest publish time, or {@code null}
 * @param newest    the latest publish time, or {@code null}
 * @param stories   how many stories: articles, counting all copies of one story once
 */
public record IndexStats(long documents, Map<String, Long> clusters, Map<String, Long> sites,
                         OffsetDateTime oldest, OffsetDateTime newest, long stories) {

    public IndexStats {
        clusters = OrderedMaps.copyOf(clusters);
        sites = OrderedMaps.copyOf(sites);
    }
}
