package chanye.bench.extract;

import chanye.crawler.extract.ArticleExtractor;
import chanye.crawler.extract.ContentExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One pass of decoding, parsing and extracting every page of a corpus; passes per second times the number of pages
 * is pages per second on one thread. A second benchmark stops after decoding and parsing, the floor that any
 * jsoup-based extractor pays, so a gap to the bar can be put down to parsing or to extraction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    /** The corpus folder, set by {@link ExtractStage}. */
    @Param("")
    public String corpus;

    private List<CorpusPage> pages;
    private ArticleExtractor extractor;

    @Setup
    public void load() {
        pages = CorpusPages.loadUnchecked(Path.of(corpus));
        extractor = new ContentExtractor();
    }

    @Benchmark
    public void decodeAndParseCorpus(Blackhole sink) {
        for (CorpusPage page : pages) {
            sink.consume(page.parse());
        }
    }

    @Benchmark
    public void extractCorpus(Blackhole sink) {
        for (CorpusPage page : pages) {
            sink.consume(page.extract(extractor));
        }
    }
}
