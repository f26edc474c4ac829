package chanye.bench.extract;

import chanye.bench.Results;
import chanye.bench.Summary;
import chanye.bench.jmh.JmhRun;
import chanye.bench.jmh.JmhSettings;
import chanye.crawler.extract.Article;
import chanye.crawler.extract.ContentExtractor;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench extract}: our extractor's pages per second on one thread over a corpus (JMH), and its predictions in
 * the format of {@code score_extraction.py}, so the script can score the same extractor it timed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Time the article extractor over a corpus of page.html files and write its predictions.")
public final class ExtractStage implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of <page>/page.html.")
    private Path corpus;

    @Option(names = "--predictions", required = true, paramLabel = "FILE", description = "Where to write the JSONL predictions.")
    private Path predictions;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the figures (JSON).")
    private Path out;

    @Mixin
    private JmhSettings jmh;

    /** What the stage measured. */
    record Figures(String corpus, int pages, Summary pagesPerSecond, Summary parseOnlyPagesPerSecond,
                   String settings) {
    }

    /** One line of the scorer's input. */
    record Prediction(String file, String title, String publishTime, String body) {
    }

    @Override
    public Integer call() throws Exception {
        List<CorpusPage> pages = CorpusPages.load(corpus);
        writePredictions(pages);
        Map<String, Summary> passes = JmhRun.run(ExtractionBenchmark.class, Map.of("corpus", corpus.toString()), jmh);
        Results.write(out, new Figures(corpus.toString(), pages.size(), passes.get("extractCorpus").times(pages.size()),
                passes.get("decodeAndParseCorpus").times(pages.size()), jmh.describe()));
        return 0;
    }

    private void writePredictions(List<CorpusPage> pages) throws IOException {
        ContentExtractor extractor = new ContentExtractor();
        ObjectWriter json = Results.mapper().writer();
        Files.createDirectories(predictions.toAbsolutePath().getParent());
        try (BufferedWriter writer = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (CorpusPage page : pages) {
                Article article = page.extract(extractor);
                String time = article.publishTime() == null ? null : article.publishTime().toString();
                writer.write(json.writeValueAsString(
                        new Prediction(page.file().toString(), article.title(), time, article.body())));
                writer.newLine();
            }
        }
    }
}
