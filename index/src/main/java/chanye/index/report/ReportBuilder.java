package chanye.index.report;

import chanye.index.query.SearchFilters;
import chanye.index.schema.ArticleDocuments;
import chanye.index.schema.ArticleFields;
import chanye.index.search.MatchValues;
import chanye.index.search.Matches;
import chanye.index.search.StoryGroups;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Computes a {@link Report} from the doc values of the matching documents, grouped into stories: one pass over the
 * matches per field, so a report over 100,000 articles takes a fraction of a second; only the listed top stories'
 * stored fields are read.
 *
 * <p>A story counts once for each cluster, region, site and keyword any of its kept copies has. Its time is that
 * of its earliest published copy kept. The keyword rise compares the stories of the first and the second half of
 * the days covered.
 */
public final class ReportBuilder {

    /** Sites listed per cluster. */
    public static final int TOP_SITES = 10;
    /** Rising keywords listed per cluster. */
    public static final int TOP_KEYWORDS = 10;
    /** Top stories listed per cluster. */
    public static final int TOP_STORIES = 10;
    /** Clusters a report can tell apart: one bit each. */
    private static final int MAX_CLUSTERS = Long.SIZE;

    private final IndexSearcher searcher;
    private final ReportRequest request;
    private final Matches matches;
    private final StoryGroups groups;
    private final List<String> clusterIds;
    private final long[] clustersOfGroup;
    /** Values already counted for a story of several copies, as {@code group + field + value}. */
    private final Set<String> counted = new HashSet<>();

    private ReportBuilder(IndexSearcher searcher, ReportRequest request, Query query) throws IOException {
        this.searcher = searcher;
        this.request = request;
        this.matches = searcher.search(query, Matches.collector(false));
        this.groups = StoryGroups.of(matches, false);
        this.clusterIds = new ArrayList<>(request.clusterNames().keySet());
        this.clustersOfGroup = new long[groups.groups()];
    }

    /**
     * The report of what {@code query} (the request's selection, filters applied) matches in {@code searcher}.
     *
     * @throws IllegalArgumentException when the index holds more clusters than a report tells apart
     */
    public static Report build(IndexSearcher searcher, ReportRequest request, Query query) throws IOException {
        return new ReportBuilder(searcher, request, query).build();
    }

    private Report build() throws IOException {
        MatchValues.forEach(searcher.getIndexReader(), matches, ArticleFields.CLUSTER,
                (match, cluster) -> clustersOfGroup[groups.groupOf(match)] |= 1L << clusterIndex(cluster));
        LocalDate[] dayOfGroup = new LocalDate[groups.groups()];
        LocalDate first = null;
        LocalDate last = null;
        for (int group = 0; group < groups.groups(); group++) {
            long time = matches.time(groups.representative(group));
            if (time != Matches.UNDATED) {
                LocalDate day = Instant.ofEpochMilli(time).atOffset(SearchFilters.CHINA).toLocalDate();
                dayOfGroup[group] = day;
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }
        LocalDate from = request.selection().since() != null ? request.selection().since() : first;
        LocalDate to = request.selection().until() != null ? request.selection().until() : last;
        List<LocalDate> periodStarts = periodStarts(from, to);

        long[][] byPeriod = new long[clusterIds.size()][periodStarts.size()];
        long[] storiesOfCluster = new long[clusterIds.size()];
        long undated = 0;
        long unclustered = 0;
        for (int group = 0; group < groups.groups(); group++) {
            undated += dayOfGroup[group] == null ? 1 : 0;
            unclustered += clustersOfGroup[group] == 0 ? 1 : 0;
            int period = dayOfGroup[group] == null ? -1 : periodOf(periodStarts, dayOfGroup[group]);
            for (int c : clusters(group)) {
                storiesOfCluster[c]++;
                if (period >= 0) {
                    byPeriod[c][period]++;
                }
            }
        }

        Map<String, long[]> regions = new HashMap<>();
        countPerCluster(ArticleFields.REGION, (group, region) -> regions.computeIfAbsent(region,
                key -> new long[clusterIds.size()]), null);
        List<Map<String, Long>> sites = perCluster();
        int[] sitesOfGroup = new int[groups.groups()];
        countPerCluster(ArticleFields.SITE, (group, site) -> {
            sitesOfGroup[group]++;
            return null;
        }, sites);
        LocalDate middle = from == null || to == null ? null
                : from.plusDays((to.toEpochDay() - from.toEpochDay() + 1) / 2);
        List<Map<String, long[]>> keywords = new ArrayList<>();
        clusterIds.forEach(id -> keywords.add(new HashMap<>()));
        MatchValues.forEach(searcher.getIndexReader(), matches, ArticleFields.KEYWORD, (match, keyword) -> {
            int group = groups.groupOf(match);
            if (dayOfGroup[group] != null && firstTime(group, ArticleFields.KEYWORD, keyword)) {
                int half = dayOfGroup[group].isBefore(middle) ? 0 : 1;
                for (int c : clusters(group)) {
                    keywords.get(c).computeIfAbsent(keyword, key -> new long[2])[half]++;
                }
            }
        });

        List<String> regionOrder = regions.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -sum(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        List<Report.ClusterReport> clusters = new ArrayList<>();
        for (int c = 0; c < clusterIds.size(); c++) {
            if (storiesOfCluster[c] == 0) {
                continue;
            }
            Map<String, Long> clusterRegions = new LinkedHashMap<>();
            for (String region : regionOrder) {
                if (regions.get(region)[c] > 0) {
                    clusterRegions.put(region, regions.get(region)[c]);
                }
            }
            String id = clusterIds.get(c);
            clusters.add(new Report.ClusterReport(id, request.clusterNames().getOrDefault(id, id),
                    storiesOfCluster[c], java.util.Arrays.stream(byPeriod[c]).boxed().toList(), clusterRegions,
                    topSites(sites.get(c)), risingKeywords(keywords.get(c)), topStories(c, sitesOfGroup)));
        }
        Period by = request.by();
        return new Report(by.name().toLowerCase(java.util.Locale.ROOT), from, to, matches.size(), groups.groups(),
                undated, unclustered, periodStarts.stream().map(by::key).toList(),
                periodStarts.stream().map(by::label).toList(), regionOrder, clusters);
    }

    /** The index of a cluster id, taking one the taxonomy does not name (an older tagging) as one more. */
    private int clusterIndex(String cluster) {
        int index = clusterIds.indexOf(cluster);
        if (index < 0) {
            if (clusterIds.size() == MAX_CLUSTERS) {
                throw new IllegalArgumentException("a report tells at most " + MAX_CLUSTERS + " clusters apart");
            }
            clusterIds.add(cluster);
            index = clusterIds.size() - 1;
        }
        return index;
    }

    private int[] clusters(int group) {
        long mask = clustersOfGroup[group];
        return IntStream.range(0, clusterIds.size()).filter(c -> (mask & (1L << c)) != 0).toArray();
    }

    /** Whether this is the first time {@code value} of {@code field} is met for the story of {@code group}. */
    private boolean firstTime(int group, String field, String value) {
        return groups.size(group) == 1 || counted.add(group + "\n" + field + "\n" + value);
    }

    private List<Map<String, Long>> perCluster() {
        List<Map<String, Long>> maps = new ArrayList<>();
        clusterIds.forEach(id -> maps.add(new HashMap<>()));
        return maps;
    }

    /** Where a story's value is counted per cluster; returns the counts array indexed by cluster, or null. */
    @FunctionalInterface
    private interface Counter {
        long[] counts(int group, String value);
    }

    /**
     * Counts each story once per value of {@code field} and per cluster: into the array {@code counter} gives, and,
     * when {@code perCluster} is given, into its map of the cluster.
     */
    private void countPerCluster(String field, Counter counter, List<Map<String, Long>> perCluster)
            throws IOException {
        MatchValues.forEach(searcher.getIndexReader(), matches, field, (match, value) -> {
            int group = groups.groupOf(match);
            if (!firstTime(group, field, value)) {
                return;
            }
            long[] counts = counter.counts(group, value);
            for (int c : clusters(group)) {
                if (counts != null) {
                    counts[c]++;
                }
                if (perCluster != null) {
                    perCluster.get(c).merge(value, 1L, Long::sum);
                }
            }
        });
    }

    private List<LocalDate> periodStarts(LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        if (from == null || to == null || from.isAfter(to)) {
            return starts;
        }
        for (LocalDate start = request.by().start(from); !start.isAfter(to); start = request.by().next(start)) {
            starts.add(start);
        }
        return starts;
    }

    private int periodOf(List<LocalDate> starts, LocalDate day) {
        int index = java.util.Collections.binarySearch(starts, request.by().start(day));
        return index >= 0 ? index : -1;
    }

    private static long sum(long[] values) {
        return java.util.Arrays.stream(values).sum();
    }

    private static List<Report.SiteCount> topSites(Map<String, Long> sites) {
        return sites.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(TOP_SITES).map(e -> new Report.SiteCount(e.getKey(), e.getValue())).toList();
    }

    private static List<Report.KeywordRise> risingKeywords(Map<String, long[]> keywords) {
        return keywords.entrySet().stream()
                .map(e -> new Report.KeywordRise(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[1] - e.getValue()[0]))
                .filter(rise -> rise.rise() > 0)
                .sorted(Comparator.comparingLong((Report.KeywordRise rise) -> -rise.rise())
                        .thenComparingLong(rise -> rise.before()).thenComparing(Report.KeywordRise::keyword))
                .limit(TOP_KEYWORDS).toList();
    }

    /** The cluster's stories carried by the most sites, the newest first among equals, read from their copy shown. */
    private List<Report.TopStory> topStories(int cluster, int[] sitesOfGroup) throws IOException {
        Comparator<Integer> order = Comparator.<Integer>comparingInt(group -> -sitesOfGroup[group])
                .thenComparingLong(group -> {
                    long time = matches.time(groups.representative(group));
                    return time == Matches.UNDATED ? Long.MAX_VALUE : -time;
                })
                .thenComparingInt(group -> matches.doc(groups.representative(group)));
        PriorityQueue<Integer> best = new PriorityQueue<>(TOP_STORIES + 1, order.reversed());
        for (int group = 0; group < groups.groups(); group++) {
            if ((clustersOfGroup[group] & (1L << cluster)) != 0) {
                best.add(group);
                if (best.size() > TOP_STORIES) {
                    best.poll();
                }
            }
        }
        List<Integer> top = best.stream().sorted(order).toList();
        List<Report.TopStory> stories = new ArrayList<>();
        for (int group : top) {
            Document doc = searcher.storedFields().document(matches.doc(groups.representative(group)),
                    ArticleDocuments.HIT_FIELDS);
            String time = doc.get(ArticleFields.PUBLISH_TIME);
            stories.add(new Report.TopStory(doc.get(ArticleFields.STORY), doc.get(ArticleFields.TITLE),
                    doc.get(ArticleFields.URL), doc.get(ArticleFields.SITE),
                    time == null ? null : OffsetDateTime.parse(time), sitesOfGroup[group], groups.size(group)));
        }
        return stories;
    }
}
