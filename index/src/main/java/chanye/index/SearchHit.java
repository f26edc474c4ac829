package chanye.index;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One matching article, as the contract's search output shows it.
 *
 * @param url         the document's URL
 * @param title       the headline
 * @param publishTime the publish time, or {@code null}
 * @param site        the host
 * @param source      the 来源, or {@code null}
 * @param clusters    the cluster ids
 * @param score       the relevance score
 * @param snippet     a passage with the matches wrapped in {@code <em>...</em>}
 */
public record SearchHit(String url, String title, OffsetDateTime publishTime, String site, String source,
                        List<String> clusters, float score, String snippet) {

    public SearchHit {
        clusters = List.copyOf(clusters);
    }
}
