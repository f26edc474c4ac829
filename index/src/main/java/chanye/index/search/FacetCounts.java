package chanye.index.search;

import chanye.index.schema.ArticleFields;
import java.io.IOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Counts hits per cluster, site and region from the doc values of those fields, over the matches of a search (each
 * story once, or each document when every copy is listed) or over the whole index. No taxonomy index is needed:
 * the values are short strings counted by ordinal.
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

    /**
     * Facet name to value to count over the grouped matches: a group with several matches counts once for each
     * value any of them has. Each inner map runs from the largest count down.
     */
    public static Map<String, Map<String, Long>> of(IndexReader reader, StoryGroups groups) throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Map.Entry<String, String> facet : FIELDS) {
            facets.put(facet.getKey(), count(reader, facet.getValue(), groups));
        }
        return facets;
    }

    private static Map<String, Long> count(IndexReader reader, String field, StoryGroups groups) throws IOException {
        Matches matches = groups.matches();
        List<LeafReaderContext> leaves = reader.leaves();
        Map<String, Long> byValue = new LinkedHashMap<>();
        Set<String> seenInGroup = new HashSet<>();
        int i = 0;
        while (i < matches.size()) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(matches.doc(i), leaves));
            int leafEnd = leaf.docBase + leaf.reader().maxDoc();
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            long[] counts = new long[(int) values.getValueCount()];
            for (; i < matches.size() && matches.doc(i) < leafEnd; i++) {
                if (!values.advanceExact(matches.doc(i) - leaf.docBase)) {
                    continue;
                }
                int group = groups.groupOf(i);
                for (int n = 0; n < values.docValueCount(); n++) {
                    long ord = values.nextOrd();
                    if (groups.size(group) == 1
                            || seenInGroup.add(group + "\n" + values.lookupOrd(ord).utf8ToString())) {
                        counts[(int) ord]++;
                    }
                }
            }
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    byValue.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                }
            }
        }
        return largestFirst(byValue);
    }

    /** Value to count of one field over the whole index, each document counted. */
    public static Map<String, Long> count(IndexReader reader, String field) throws IOException {
        StringValueFacetCounts counts = new StringValueFacetCounts(new StringDocValuesReaderState(reader, field));
        FacetResult result = counts.getAllChildren(field);
        Map<String, Long> byValue = new LinkedHashMap<>();
        if (result != null) {
            for (LabelAndValue value : result.labelValues) {
                byValue.put(value.label, value.value.longValue());
            }
        }
        return largestFirst(byValue);
    }

    /**
     * The counts from the largest down, values of equal counts in the order of their text, so that every backend
     * lists a facet alike and output is the same from run to run.
     */
    public static Map<String, Long> largestFirst(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(ordered);
    }
}
