package chanye.cli.command;

import chanye.classifier.region.RegionGazetteer;
import chanye.classifier.segment.Token;
import chanye.classifier.taxonomy.Cluster;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.UserException;
import chanye.index.story.StoryIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The filters {@code search}, {@code export} and {@code report} share: clusters, sites, regions, a story and a
 * publish-date range. A bad value is bad usage naming the option and the value.
 */
public final class FilterOptions {

    private static final String LIST_SEPARATORS = "[,，、]";

    @Option(names = "--cluster", arity = "1..*", paramLabel = "ID", parameterConsumer = ClusterValues.class,
            description = "Only these clusters (id or Chinese name; several may be given, or one list with commas;"
                    + " any matches).")
    private List<String> clusters = new ArrayList<>();

    @Option(names = "--site", paramLabel = "HOST",
            description = "Only articles from this host (a host:port or URL is reduced to its host); may repeat, or"
                    + " take a list with commas.")
    private List<String> sites = new ArrayList<>();

    @Option(names = "--region", paramLabel = "PLACE",
            description = "Only articles that mention this Xinjiang place (哈密, 昌吉州, ...); may repeat, or take a"
                    + " list with commas.")
    private List<String> regions = new ArrayList<>();

    @Option(names = "--story", paramLabel = "ID", description = "Only the copies of this story (its 16-digit id).")
    private String story;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Published on or after YYYY-MM-DD, or since a span back from today: 7d, 2w, 3m, 1y.")
    private String since;

    @Option(names = "--until", paramLabel = "DATE",
            description = "Published on or before YYYY-MM-DD, or a span back from today: 7d, 2w, 3m, 1y.")
    private String until;

    /**
     * The filters as the index takes them.
     *
     * @param clusters cluster ids
     * @param sites    hosts as the index stores them
     * @param regions  places under the names the classifier reports
     * @param story    a story id, or {@code null}
     * @param since    the first day, or {@code null}
     * @param until    the last day, or {@code null}
     */
    public record Filters(List<String> clusters, List<String> sites, List<String> regions, String story,
                          LocalDate since, LocalDate until) {

        /** Whether any filter narrows the selection. */
        public boolean any() {
            return !clusters.isEmpty() || !sites.isEmpty() || !regions.isEmpty() || story != null || since != null
                    || until != null;
        }
    }

    /** The filters given, checked against the taxonomy and the place list. */
    public Filters resolve(Taxonomy taxonomy) {
        LocalDate sinceDate = Dates.parse("--since", since);
        LocalDate untilDate = Dates.parse("--until", until);
        if (sinceDate != null && untilDate != null && sinceDate.isAfter(untilDate)) {
            throw UserException.usage("--since " + sinceDate + " is after --until " + untilDate
                    + ": no day is in that range");
        }
        String storyId = null;
        if (story != null) {
            storyId = StoryIds.parse(story).map(StoryIds::format).orElseThrow(() -> UserException.usage(
                    "--story: not a story id (16 hex digits, as search --json gives it): " + story));
        }
        return new Filters(clusterIds(taxonomy, clusters), values(sites).stream().map(Sites::host).toList(),
                places(values(regions)), storyId, sinceDate, untilDate);
    }

    private static List<String> values(List<String> given) {
        return given.stream().flatMap(value -> Arrays.stream(value.split(LIST_SEPARATORS)))
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /**
     * Maps cluster ids or Chinese names to ids. An unknown one is bad usage that says how {@code --cluster} read it:
     * it takes every word up to the next option, so {@code --cluster coal 准东} reads 准东 as a cluster.
     */
    static List<String> clusterIds(Taxonomy taxonomy, List<String> given) {
        List<String> values = values(given);
        List<String> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            taxonomy.find(value).ifPresentOrElse(cluster -> ids.add(cluster.id()), () -> unknown.add(value));
        }
        if (!unknown.isEmpty()) {
            String words = String.join(" ", unknown);
            String hint = ids.isEmpty() ? ""
                    : "; --cluster takes every word after it up to the next option, so it took " + words
                            + " as a cluster: to search for " + words + ", write the query first: chanye search "
                            + words + " --cluster " + String.join(",", ids);
            throw UserException.usage("unknown cluster: " + words + hint + " (known: " + String.join(", ",
                    taxonomy.clusters().stream().map(Cluster::id).toList()) + ")");
        }
        return ids;
    }

    /** The places under the names the classifier reports them by; an unknown place is bad usage. */
    private static List<String> places(List<String> given) {
        if (given.isEmpty()) {
            return List.of();
        }
        RegionGazetteer gazetteer = RegionGazetteer.loadDefault();
        List<String> places = new ArrayList<>();
        for (String value : given) {
            List<String> place = gazetteer.places(List.of(new Token(value, 0, value.length(), "ns")));
            if (place.isEmpty()) {
                throw UserException.usage("--region: not a Xinjiang place chanye knows: " + value
                        + " (write a prefecture, city or county, such as 哈密, 昌吉州 or 库车)");
            }
            places.add(place.get(0));
        }
        return places;
    }
}
