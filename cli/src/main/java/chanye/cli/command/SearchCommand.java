package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.Main;
import chanye.cli.Terminal;
import chanye.cli.UserException;
import chanye.index.ArticleReader;
import chanye.index.InvalidQueryException;
import chanye.index.IndexBackend;
import chanye.index.SearchHit;
import chanye.index.SearchRequest;
import chanye.index.SearchResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chanye search}: keyword search over the index with filters, facets and highlighted snippets, one hit per
 * story; without a query, a listing of what the filters keep, newest first.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index: words are ANDed, \"...\" is a phrase, OR between words, -word excludes."
                + " Without a query, list what the filters keep, newest first. Copies of one story republished"
                + " across sites are one hit.")
public final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(arity = "0..*", paramLabel = "QUERY",
            description = "The query; several arguments are joined with spaces (so unquoted words are ANDed, and "
                    + "-word may be an argument of its own). Optional when a filter is given.")
    private List<String> queryWords = new ArrayList<>();

    @Mixin
    private FilterOptions filterOptions;

    @Option(names = "--sort", paramLabel = "ORDER", converter = SortOrders.class,
            description = "relevance or date (default: relevance with a query, date without).")
    private SearchRequest.Sort sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default ${DEFAULT-VALUE}).")
    private int offset;

    @Option(names = "--all-copies", description = "List every copy of a story, not one hit per story.")
    private boolean allCopies;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Mixin
    private IndexOptions index;

    @Override
    public Integer call() throws IOException {
        requireNotNegative("--limit", limit);
        requireNotNegative("--offset", offset);
        String query = QueryArguments.join(spec.commandLine(), queryWords);
        DataDir data = main.dataDir();
        Taxonomy taxonomy = index.taxonomy(data);
        FilterOptions.Filters filters = filterOptions.resolve(taxonomy);
        if (query.isBlank() && !filters.any()) {
            throw UserException.usage("give a query, or a filter to list what it keeps (chanye search 光伏, chanye"
                    + " search --cluster coal --since 7d)");
        }
        SearchRequest.Sort order = sort != null ? sort
                : query.isBlank() ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
        SearchRequest request = new SearchRequest(query, filters.clusters(), filters.sites(), filters.since(),
                filters.until(), order, limit, offset, filters.regions(), filters.story(), allCopies);
        IndexBackend backend = index.backend(data, () -> ArticleClassifier.segmenterFor(taxonomy));
        try (ArticleReader searcher = backend.openReader()) {
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

    private void print(SearchResponse response, Terminal terminal, PrintWriter out) {
        String copies = response.documents() == response.total() ? ""
                : "; " + response.documents() + " articles counting every copy";
        out.printf("%s%s (%d ms%s)%n", hits(response.total()),
                response.query().isBlank() ? "" : " for " + response.query(), response.tookMs(), copies);
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
            out.println("   " + terminal.dim(meta(hit)));
            if (!hit.snippet().isEmpty()) {
                out.println("   " + terminal.highlight(Snippets.toText(hit.snippet())));
            }
            out.println("   " + terminal.dim(hit.url()));
        }
        if (!response.hits().isEmpty()) {
            out.println();
            out.println(pagingHint(offset, response.hits().size(), response.total()));
        }
    }

    private String meta(SearchHit hit) {
        String date = hit.publishTime() == null ? "date unknown" : hit.publishTime().toLocalDate().toString();
        String source = hit.source() == null ? "" : " · 来源 " + hit.source();
        String tags = hit.clusters().isEmpty() ? "" : " · " + String.join(", ", hit.clusters());
        long otherSites = hit.otherSites();
        String copies = otherSites == 0 ? "" : " · also on " + otherSites + (otherSites == 1 ? " site" : " sites");
        String story = allCopies && hit.story() != null
                ? " · story " + hit.story() + (hit.original() ? " (original)" : "") : "";
        return date + " · " + hit.site() + source + tags + copies + story;
    }

    /** "showing 1-10 of 57; next: --offset 10", or without the next part on the last page. */
    static String pagingHint(int offset, int shown, long total) {
        int last = offset + shown;
        return "showing " + (offset + 1) + "-" + last + " of " + total
                + (last < total ? "; next: --offset " + last : "");
    }

    /** "1 hit", "3 hits": a count of hits in words. */
    static String hits(long total) {
        return total + (total == 1 ? " hit" : " hits");
    }
}
