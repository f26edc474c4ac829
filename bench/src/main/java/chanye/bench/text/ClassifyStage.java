package chanye.bench.text;

import chanye.bench.Results;
import chanye.bench.Summary;
import chanye.bench.jmh.JmhRun;
import chanye.bench.jmh.JmhSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench classify}: articles and characters per second on one thread for HanLP segmentation (classifier and
 * index modes, and HanLP's default segment as a baseline), Lucene smartcn on the same text, and the whole
 * classification (JMH).
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Time segmentation (HanLP, smartcn) and classification over generated articles.")
public final class ClassifyStage implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "20", description = "Articles per pass (default ${DEFAULT-VALUE}).")
    private int articles;

    @Option(names = "--chars", defaultValue = "2000", description = "Characters per article (default ${DEFAULT-VALUE}).")
    private int chars;

    @Option(names = "--seed", defaultValue = "1", description = "The generator's seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the figures (JSON).")
    private Path out;

    @Mixin
    private JmhSettings jmh;

    /** One benchmark's throughput in the units the issues use. */
    record Throughput(Summary articlesPerSecond, Summary charsPerSecond) {
    }

    /** What the stage measured. */
    record Figures(int articles, int charsPerArticle, long seed, Map<String, Throughput> benchmarks,
                   String settings) {
    }

    @Override
    public Integer call() throws Exception {
        long totalChars = (long) articles * chars;
        Map<String, Summary> passes = JmhRun.run(SegmentationBenchmark.class, Map.of(
                "seed", Long.toString(seed), "articles", Integer.toString(articles), "chars", Integer.toString(chars)),
                jmh);
        Map<String, Throughput> figures = new LinkedHashMap<>();
        for (String name : List.of("hanlpWords", "hanlpIndexWords", "hanlpDefault", "smartcn", "classify")) {
            Summary perPass = passes.get(name);
            figures.put(name, new Throughput(perPass.times(articles), perPass.times(totalChars)));
        }
        Results.write(out, new Figures(articles, chars, seed, figures, jmh.describe()));
        return 0;
    }
}
