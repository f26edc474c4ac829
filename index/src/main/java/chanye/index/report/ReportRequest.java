package chanye.index.report;

import chanye.index.SearchRequest;
import java.util.Map;
import java.util.Objects;

/**
 * What a report covers and how it is cut.
 *
 * @param selection    the filters (and query, if any) that keep the articles; its sort and paging do not matter
 * @param by           the period the time series is cut into
 * @param clusterNames cluster id to Chinese name, in the taxonomy's order: the report's order of clusters
 */
public record ReportRequest(SearchRequest selection, Period by, Map<String, String> clusterNames) {

    public ReportRequest {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(by, "by");
        clusterNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clusterNames));
    }
}
