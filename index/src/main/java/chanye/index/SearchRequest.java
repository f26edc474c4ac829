package chanye.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A search as the user asked for it.
 *
 * @param query    the query in the contract's syntax: words ANDed, {@code "phrases"}, {@code OR}, {@code -word}
 * @param clusters cluster ids; a hit must carry one of them (empty: no filter)
 * @param site     the host a hit must come from, or {@code null}
 * @param since    the first publish date allowed (inclusive, +08:00), or {@code null}
 * @param until    the last publish date allowed (inclusive, +08:00), or {@code null}
 * @param sort     the order of the hits
 * @param limit    how many hits to return
 * @param offset   how many hits to skip
 */
public record SearchRequest(String query, List<String> clusters, String site, LocalDate since, LocalDate until,
                            Sort sort, int limit, int offset) {

    /** The order of hits. */
    public enum Sort {
        /** best match first */
        RELEVANCE,
        /** newest publish time first */
        DATE
    }

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        clusters = List.copyOf(clusters);
        sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }
}
