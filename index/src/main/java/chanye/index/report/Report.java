package chanye.index.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A report's figures, all counting stories (the copies of one republished article once) unless said otherwise.
 *
 * @param by           {@code week} or {@code month}
 * @param from         the first day covered: the selection's {@code --since}, else the earliest publish date kept;
 *                     {@code null} when no article kept has a date
 * @param to           the last day covered, likewise
 * @param documents    articles kept, every copy counted
 * @param stories      stories kept
 * @param undated      stories without a publish date (counted per cluster, left out of the time series and the
 *                     keyword rise)
 * @param unclustered  stories tagged with no cluster
 * @param periods      the periods from {@code from} to {@code to}, as keys: {@code 2024-03}, {@code 2024-W11}
 * @param periodLabels the same periods for people: 2024年3月, 2024年第11周
 * @param regions      every region mentioned, the most stories first: the columns of the cluster-by-region table
 * @param clusters     each cluster with at least one story, in the taxonomy's order
 */
public record Report(String by, LocalDate from, LocalDate to, long documents, long stories, long undated,
                     long unclustered, List<String> periods, List<String> periodLabels, List<String> regions,
                     List<ClusterReport> clusters) {

    public Report {
        periods = List.copyOf(periods);
        periodLabels = List.copyOf(periodLabels);
        regions = List.copyOf(regions);
        clusters = List.copyOf(clusters);
    }

    /** Whether the selection kept no article at all. */
    public boolean empty() {
        return documents == 0;
    }

    /**
     * One cluster's figures.
     *
     * @param id              the cluster id
     * @param name            its Chinese name
     * @param stories         its stories
     * @param storiesByPeriod its dated stories per period, in the order of {@link Report#periods}
     * @param regions         region to stories, in the order of {@link Report#regions}, regions without one left out
     * @param sites           the sites that carried most of its stories, most first
     * @param risingKeywords  the keywords whose stories rose most from the first half of the period to the second
     * @param topStories      its stories carried by the most sites, the newest first among equals
     */
    public record ClusterReport(String id, String name, long stories, List<Long> storiesByPeriod,
                                Map<String, Long> regions, List<SiteCount> sites, List<KeywordRise> risingKeywords,
                                List<TopStory> topStories) {

        public ClusterReport {
            storiesByPeriod = List.copyOf(storiesByPeriod);
            regions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regions));
            sites = List.copyOf(sites);
            risingKeywords = List.copyOf(risingKeywords);
            topStories = List.copyOf(topStories);
        }
    }

    /**
     * A site and how many of a cluster's stories it carried.
     *
     * @param site    the host
     * @param stories the stories it carried a copy of
     */
    public record SiteCount(String site, long stories) {
    }

    /**
     * A keyword's stories in the two halves of the period.
     *
     * @param keyword the keyword
     * @param before  its stories in the first half
     * @param after   its stories in the second half
     * @param rise    {@code after - before}
     */
    public record KeywordRise(String keyword, long before, long after, long rise) {
    }

    /**
     * One story as the report lists it: by its earliest published copy kept.
     *
     * @param story       the story id
     * @param title       that copy's title
     * @param url         its URL
     * @param site        its host
     * @param publishTime its publish time, or {@code null}
     * @param sites       how many sites carry the story
     * @param copies      how many copies were kept
     */
    public record TopStory(String story, String title, String url, String site, OffsetDateTime publishTime,
                           int sites, int copies) {
    }
}
