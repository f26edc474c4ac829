package chanye.index.search;

import chanye.index.schema.ArticleFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;

/**
 * Counts articles per cluster, site and region from the doc values of those fields, over the matches of a search
 * or over the whole index. No taxonomy index is needed: the values are short strings counted by ordinal.
 */
public final class FacetCounts {

    /** Facet name of the cluster ids. */
    public static final String CLUSTERS = "clusters";
    /** Facet name of the hosts. */
    public static final String SITES = "sites";
    /** Facet name of the regions. */
    public static final String REGIONS = "regions";

    private static final List<Map.Entry<String, String>> FIELDS = List.of(Map.entry(CLUSTERS, ArticleFields.CLUSTER),
            Map.entry(SITES, ArticleFields.SITE), Map.entry(REGIONS, ArticleFields.REGION));

    private FacetCounts() {
    }

    /** Facet name to value to count, over {@code hits}; each inner map runs from the largest count down. */
    public static Map<String, Map<String, Long>> of(IndexReader reader, FacetsCollector hits) throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Map.Entry<String, String> facet : FIELDS) {
            facets.put(facet.getKey(), count(reader, facet.getValue(), hits));
        }
        return facets;
    }

    /** Value to count of one field over {@code hits}, or over the whole index when {@code hits} is null. */
    public static Map<String, Long> count(IndexReader reader, String field, FacetsCollector hits)
            throws IOException {
        StringDocValuesReaderState state = new StringDocValuesReaderState(reader, field);
        StringValueFacetCounts counts = hits == null ? new StringValueFacetCounts(state)
                : new StringValueFacetCounts(state, hits);
        FacetResult result = counts.getAllChildren(field);
        Map<String, Long> byValue = new LinkedHashMap<>();
        if (result != null) {
            LabelAndValue[] values = result.labelValues.clone();
            Arrays.sort(values, Comparator.comparingLong((LabelAndValue v) -> -v.value.longValue())
                    .thenComparing(v -> v.label));
            for (LabelAndValue value : values) {
                byValue.put(value.label, value.value.longValue());
            }
        }
        return Collections.unmodifiableMap(byValue);
    }
}
