package chanye.bench.story;

import chanye.bench.Results;
import chanye.bench.Summary;
import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.report.ReportPage;
import chanye.index.ArticleSearcher;
import chanye.index.InvalidQueryException;
import chanye.index.SearchRequest;
import chanye.index.report.Period;
import chanye.index.report.Report;
import chanye.index.report.ReportRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench report}: how long a report takes over an existing index (the stories stage's), in one JVM after a
 * warm-up: computing its figures from the index, by month and by week, and rendering the HTML page. The script
 * times the whole {@code chanye report} command, cold, beside it.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Time reports over an existing index: the figures by month and by week, and the HTML page.")
public final class ReportStage implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "A chanye data folder with an index.")
    private Path data;

    @Option(names = "--runs", defaultValue = "7", description = "Timed runs (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the figures (JSON).")
    private Path out;

    /**
     * What the stage measured.
     *
     * @param documents  documents in the index
     * @param stories    stories the report counted
     * @param monthMs    computing a report of the whole index by month
     * @param weekMs     the same by week
     * @param renderMs   rendering the monthly report as HTML
     * @param pageBytes  the HTML page's size
     */
    record Figures(long documents, long stories, Summary monthMs, Summary weekMs, Summary renderMs, int pageBytes) {
    }

    @Override
    public Integer call() throws IOException, InvalidQueryException {
        Taxonomy taxonomy = Taxonomy.loadDefault();
        Map<String, String> names = new LinkedHashMap<>();
        taxonomy.clusters().forEach(cluster -> names.put(cluster.id(), cluster.name()));
        SearchRequest everything = new SearchRequest("", List.of(), List.of(), null, null, null, 0, 0, List.of(),
                null, false);
        try (ArticleSearcher searcher = ArticleSearcher.open(new DataDir(data).index(),
                ArticleClassifier.segmenterFor(taxonomy))) {
            Report report = searcher.report(new ReportRequest(everything, Period.MONTH, names));
            double[] month = new double[runs];
            double[] week = new double[runs];
            double[] render = new double[runs];
            int bytes = 0;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                report = searcher.report(new ReportRequest(everything, Period.MONTH, names));
                month[run] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                searcher.report(new ReportRequest(everything, Period.WEEK, names));
                week[run] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                bytes = new ReportPage(report, "").render(OffsetDateTime.now()).length();
                render[run] = (System.nanoTime() - start) / 1e6;
            }
            Results.write(out, new Figures(report.documents(), report.stories(), Summary.of(month), Summary.of(week),
                    Summary.of(render), bytes));
        }
        return 0;
    }
}
