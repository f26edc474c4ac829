package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Cluster;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.Main;
import chanye.cli.Terminal;
import chanye.cli.UserException;
import chanye.cli.pipeline.Taxonomies;
import chanye.index.ArticleReader;
import chanye.index.InvalidQueryException;
import chanye.index.LocalIndex;
import chanye.index.SearchHit;
import chanye.index.SearchRequest;
import chanye.index.SearchResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code chanye search}: keyword search over the index with filters, facets and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index: words are ANDed, \"...\" is a phrase, OR between words, -word excludes.")
public final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "The query; several arguments are joined with spaces (so unquoted words are ANDed, and "
                    + "-word may be an argument of its own).")
    private List<String> queryWords;

    @Option(names = "--cluster", arity = "1..*", paramLabel = "ID", parameterConsumer = ClusterValues.class,
            description = "Only these clusters (id or Chinese name; several may be given, or one list with commas;"
                    + " any matches).")
    private List<String> clusters = new ArrayList<>();

    @Option(names = "--site", paramLabel = "HOST",
            description = "Only articles from this host (a host:port or URL is reduced to its host).")
    private String site;

    @Option(names = "--since", paramLabel = "DATE", description = "Published on or after YYYY-MM-DD.")
    private String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Published on or before YYYY-MM-DD.")
    private String until;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance", converter = SortOrders.class,
            description = "relevance or date (default ${DEFAULT-VALUE}).")
    private SearchRequest.Sort sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default ${DEFAULT-VALUE}).")
    private int offset;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    /**
     * Sets up {@code search}'s command line (a sub-command of {@code chanye}) to take an argument that no option
     * matches, such as {@code -期货}, as a query word rather than an unknown option; {@link QueryArguments} still
     * refuses those that read like options.
     */
    public static void takeUnmatchedOptionsAsQueryWords(CommandLine search) {
        search.setUnmatchedOptionsArePositionalParams(true);
    }

    @Override
    public Integer call() throws IOException {
        requireNotNegative("--limit", limit);
        requireNotNegative("--offset", offset);
        LocalDate sinceDate = Dates.parse("--since", since);
        LocalDate untilDate = Dates.parse("--until", until);
        if (sinceDate != null && untilDate != null && sinceDate.isAfter(untilDate)) {
            throw UserException.usage("--since " + sinceDate + " is after --until " + untilDate
                    + ": no day is in that range");
        }
        String host = Sites.host(site);
        DataDir data = main.dataDir();
        Taxonomy taxonomy = Taxonomies.forData(data);
        SearchRequest request = new SearchRequest(QueryArguments.join(spec.commandLine(), queryWords),
                clusterIds(taxonomy, clusters), host, sinceDate, untilDate, sort, limit, offset);
        try (ArticleReader searcher = new LocalIndex(data.index(), ArticleClassifier.segmenterFor(taxonomy))
                .openReader()) {
            SearchResponse response = searcher.search(request);
            if (json) {
                spec.commandLine().getOut().println(Json.line(response));
            } else {
                print(response, Terminal.detect(), spec.commandLine().getOut());
            }
            return 0;
        } catch (InvalidQueryException e) {
            throw UserException.usage("bad query: " + e.getMessage());
        }
    }

    private static void requireNotNegative(String option, int value) {
        if (value < 0) {
            throw UserException.usage(option + " must be 0 or more, not " + value);
        }
    }

    /** Maps cluster ids or Chinese names to ids; an unknown one is bad usage. */
    static List<String> clusterIds(Taxonomy taxonomy, List<String> given) {
        List<String> ids = new ArrayList<>();
        List<String> values = given.stream().flatMap(value -> Arrays.stream(value.split("[,，、]")))
                .filter(value -> !value.isBlank()).toList();
        for (String value : values) {
            Cluster cluster = taxonomy.find(value.strip()).orElseThrow(() -> UserException.usage(
                    "unknown cluster: " + value + " (known: " + String.join(", ",
                            taxonomy.clusters().stream().map(Cluster::id).toList()) + ")"));
            ids.add(cluster.id());
        }
        return ids;
    }

    private void print(SearchResponse response, Terminal terminal, PrintWriter out) {
        out.printf("%s for %s (%d ms)%n", hits(response.total()), response.query(), response.tookMs());
        response.facets().entrySet().stream()
                .filter(facet -> !facet.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey())
                .forEach(facet -> out.println(terminal.dim(facet.getKey() + ": " + Facets.format(facet.getValue()))));
        if (response.hits().isEmpty() && response.total() > 0 && limit > 0) {
            out.println();
            out.println("(no hits on this page: --offset " + offset + " is past the last of " + response.total() + ")");
        }
        int rank = offset;
        for (SearchHit hit : response.hits()) {
            rank++;
            out.println();
            String title = hit.highlightedTitle() == null || hit.highlightedTitle().isEmpty()
                    ? hit.title() : terminal.highlight(Snippets.toText(hit.highlightedTitle()));
            out.println(rank + ". " + terminal.bold(title.isEmpty() ? hit.url() : title));
            String date = hit.publishTime() == null ? "date unknown" : hit.publishTime().toLocalDate().toString();
            String source = hit.source() == null ? "" : " · 来源 " + hit.source();
            String tags = hit.clusters().isEmpty() ? "" : " · " + String.join(", ", hit.clusters());
            out.println("   " + terminal.dim(date + " · " + hit.site() + source + tags));
            if (!hit.snippet().isEmpty()) {
                out.println("   " + terminal.highlight(Snippets.toText(hit.snippet())));
            }
            out.println("   " + terminal.dim(hit.url()));
        }
    }

    /** "1 hit", "3 hits": a count of hits in words. */
    static String hits(long total) {
        return total + (total == 1 ? " hit" : " hits");
    }
}
