package chanye.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A search as the user asked for it.
 *
 * @param query     the query in the contract's syntax (words ANDed, {@code "phrases"}, {@code OR}, {@code -word}), or
 *                  empty to list what the filters keep
 * @param clusters  cluster ids; a hit must carry one of them (empty: no filter)
 * @param sites     hosts; a hit must come from one of them (empty: no filter)
 * @param since     the first publish date allowed (inclusive, +08:00), or {@code null}
 * @param until     the last publish date allowed (inclusive, +08:00), or {@code null}
 * @param sort      the order of the hits
 * @param limit     how many hits to return
 * @param offset    how many hits to skip
 * @param regions   places; a hit must mention one of them (empty: no filter)
 * @param story     the id of the story a hit must belong to, or {@code null}
 * @param allCopies whether to list every copy of a story rather than one hit per story
 */
public record SearchRequest(String query, List<String> clusters, List<String> sites, LocalDate since, LocalDate until,
                            Sort sort, int limit, int offset, List<String> regions, String story,
                            boolean allCopies) {

    /** The order of hits. */
    public enum Sort {
        /** best match first */
        RELEVANCE,
        /** newest publish time first */
        DATE
    }

    public SearchRequest {
        query = Objects.requireNonNullElse(query, "");
        clusters = List.copyOf(clusters);
        sites = List.copyOf(sites);
        regions = List.copyOf(regions);
        sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    /** A search for one hit per story, from one site or any ({@code null}), without region or story filters. */
    public SearchRequest(String query, List<String> clusters, String site, LocalDate since, LocalDate until,
                         Sort sort, int limit, int offset) {
        this(query, clusters, site == null ? List.of() : List.of(site), since, until, sort, limit, offset, List.of(),
                null, false);
    }

    /** Whether a query was given, rather than only filters. */
    public boolean hasQuery() {
        return !query.isBlank();
    }

    /** Whether any filter narrows the search. */
    public boolean hasFilter() {
        return !clusters.isEmpty() || !sites.isEmpty() || since != null || until != null || !regions.isEmpty()
                || story != null;
    }
}
