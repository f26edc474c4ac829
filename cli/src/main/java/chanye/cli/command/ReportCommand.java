package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Cluster;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.Main;
import chanye.cli.UserException;
import chanye.cli.output.OutputFile;
import chanye.cli.report.ReportPage;
import chanye.index.ArticleReader;
import chanye.index.InvalidQueryException;
import chanye.index.SearchRequest;
import chanye.index.query.SearchFilters;
import chanye.index.report.Period;
import chanye.index.report.Report;
import chanye.index.report.ReportRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chanye report}: the analyst's view of what the filters keep, counted in stories, as one self-contained HTML
 * file with charts and tables ({@link ReportPage}), or as JSON on stdout.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a report of the stories the filters keep: stories per cluster over time, clusters by"
                + " region, the sites that publish most, the keywords that rose most and the top stories, as one HTML"
                + " file that opens offline (--out), or as JSON (--json).")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Mixin
    private FilterOptions filterOptions;

    @Mixin
    private IndexOptions index;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month", converter = PeriodNames.class,
            description = "Cut time into weeks or months (week|month, default ${DEFAULT-VALUE}).")
    private Period by;

    @Option(names = "--out", paramLabel = "FILE.html", description = "Where to write the HTML report.")
    private Path out;

    @Option(names = "--json", description = "Print the report's figures as one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        if (out == null && !json) {
            throw UserException.usage("give --out FILE.html for the report, or --json for its figures");
        }
        if (out != null) {
            OutputFile.check("--out", out);
        }
        DataDir data = main.dataDir();
        Taxonomy taxonomy = index.taxonomy(data);
        FilterOptions.Filters filters = filterOptions.resolve(taxonomy);
        SearchRequest selection = new SearchRequest("", filters.clusters(), filters.sites(), filters.since(),
                filters.until(), null, 0, 0, filters.regions(), filters.story(), false);
        Map<String, String> names = new LinkedHashMap<>();
        taxonomy.clusters().forEach(cluster -> names.put(cluster.id(), cluster.name()));
        Report report;
        try (ArticleReader reader = index.backend(data, () -> ArticleClassifier.segmenterFor(taxonomy))
                .openReader()) {
            report = reader.report(new ReportRequest(selection, by, names));
        } catch (InvalidQueryException e) {
            throw UserException.usage("bad selection: " + e.getMessage());
        }
        if (out != null) {
            try (OutputFile file = OutputFile.create("--out", out)) {
                file.stream().write(new ReportPage(report, describe(filters, taxonomy))
                        .render(OffsetDateTime.now(SearchFilters.CHINA)).getBytes(StandardCharsets.UTF_8));
                file.commit();
            }
        }
        if (json) {
            spec.commandLine().getOut().println(Json.line(report));
        }
        if (report.empty()) {
            throw UserException.usage((filters.any() ? "no article matches these filters"
                    : "the index holds no article: run chanye crawl first") + (out == null ? "" : "; " + out + " says so"));
        }
        if (!json) {
            spec.commandLine().getOut().println("wrote " + out + ": " + report.stories() + " stories ("
                    + report.documents() + " articles counting every copy) in " + report.clusters().size()
                    + " clusters" + (report.from() == null ? "" : ", " + report.from() + " to " + report.to()));
        }
        return 0;
    }

    /** The filters in words, for the report's header. */
    private static String describe(FilterOptions.Filters filters, Taxonomy taxonomy) {
        List<String> parts = new ArrayList<>();
        if (!filters.clusters().isEmpty()) {
            parts.add("集群 " + String.join("、", filters.clusters().stream()
                    .map(id -> taxonomy.find(id).map(Cluster::name).orElse(id)).toList()));
        }
        if (!filters.sites().isEmpty()) {
            parts.add("网站 " + String.join("、", filters.sites()));
        }
        if (!filters.regions().isEmpty()) {
            parts.add("地区 " + String.join("、", filters.regions()));
        }
        if (filters.story() != null) {
            parts.add("报道 " + filters.story());
        }
        if (filters.since() != null || filters.until() != null) {
            parts.add("发布时间 " + (filters.since() == null ? "不限" : filters.since()) + " 至 "
                    + (filters.until() == null ? "不限" : filters.until()));
        }
        return String.join("；", parts);
    }
}
