package chanye.bench.story;

import chanye.bench.Results;
import chanye.bench.Summary;
import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.output.ArticleRows;
import chanye.cli.output.ExportFormat;
import chanye.index.ArticleSearcher;
import chanye.index.InvalidQueryException;
import chanye.index.SearchRequest;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench export-rows}: rows per second of an export of every article of an existing index (the stories stage's),
 * in one JVM after a warm-up, through the same writers as {@code chanye export}: CSV repeated {@code --runs} times,
 * JSON Lines and XLSX once each, all without bodies, and CSV once with them. The script times the whole command and
 * its memory beside it.
 */
@Command(name = "export-rows", mixinStandardHelpOptions = true,
        description = "Time exports of every article of an existing index to csv, jsonl and xlsx.")
public final class ExportRowsStage implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "A chanye data folder with an index.")
    private Path data;

    @Option(names = "--runs", defaultValue = "5", description = "Timed CSV runs (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--scratch", required = true, paramLabel = "DIR", description = "Where to write the exports.")
    private Path scratch;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the figures (JSON).")
    private Path out;

    /**
     * What the stage measured.
     *
     * @param rows               rows per export
     * @param csvRowsPerSecond   CSV without bodies, over the runs
     * @param rowsPerSecond      one run of each format without bodies
     * @param csvWithBodyRowsPerSecond CSV with bodies, one run
     * @param bytes              each format's file size without bodies
     */
    record Figures(long rows, Summary csvRowsPerSecond, Map<ExportFormat, Double> rowsPerSecond,
                   double csvWithBodyRowsPerSecond, Map<ExportFormat, Long> bytes) {
    }

    @Override
    public Integer call() throws IOException, InvalidQueryException {
        Files.createDirectories(scratch);
        Taxonomy taxonomy = Taxonomy.loadDefault();
        try (ArticleSearcher searcher = ArticleSearcher.open(new DataDir(data).index(),
                ArticleClassifier.segmenterFor(taxonomy))) {
            long rows = export(searcher, ExportFormat.CSV, false)[0];
            double[] csv = new double[runs];
            for (int run = 0; run < runs; run++) {
                csv[run] = rate(export(searcher, ExportFormat.CSV, false));
            }
            Map<ExportFormat, Double> rates = new EnumMap<>(ExportFormat.class);
            Map<ExportFormat, Long> bytes = new EnumMap<>(ExportFormat.class);
            for (ExportFormat format : ExportFormat.values()) {
                rates.put(format, rate(export(searcher, format, false)));
                bytes.put(format, Files.size(file(format)));
            }
            double withBody = rate(export(searcher, ExportFormat.CSV, true));
            Results.write(out, new Figures(rows, Summary.of(csv), rates, withBody, bytes));
        }
        return 0;
    }

    private Path file(ExportFormat format) {
        return scratch.resolve("export." + format.option());
    }

    /** Exports every article; returns the rows and the nanoseconds it took. */
    private long[] export(ArticleSearcher searcher, ExportFormat format, boolean withBody)
            throws IOException, InvalidQueryException {
        SearchRequest everything = new SearchRequest("", List.of(), List.of(), null, null, null, 0, 0, List.of(),
                null, true);
        long start = System.nanoTime();
        long rows;
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file(format)), 1 << 16);
             ArticleRows writer = format.open(stream, withBody)) {
            rows = searcher.export(everything, withBody, writer::write);
            writer.finish();
        }
        return new long[] {rows, System.nanoTime() - start};
    }

    private static double rate(long[] rowsAndNanos) {
        return rowsAndNanos[0] / (rowsAndNanos[1] / 1e9);
    }
}
