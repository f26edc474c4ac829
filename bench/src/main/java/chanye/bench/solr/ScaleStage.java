package chanye.bench.solr;

import chanye.bench.Results;
import chanye.bench.index.IndexStage;
import chanye.bench.index.Latency;
import chanye.bench.index.QueryPool;
import chanye.bench.text.BenchText;
import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.Directories;
import chanye.cli.site.GeneratedArticle;
import chanye.index.ArticleReader;
import chanye.index.ArticleWriter;
import chanye.index.IndexBackend;
import chanye.index.IndexedArticle;
import chanye.index.InvalidQueryException;
import chanye.index.LocalIndex;
import chanye.index.SearchRequest;
import chanye.index.SearchResponse;
import chanye.solr.SolrBackend;
import chanye.solr.SolrTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench solr}: the same generated articles into the local index and into a Solr collection, then the same
 * searches against both, in one run, so that the two are compared on the same documents under the same load.
 *
 * <p>Indexing, {@code --repeats} times into a fresh local index and a fresh collection ({@code COLLECTION-1},
 * {@code COLLECTION-2}, ...), the backends taking turns: after {@code --warmup-docs} untimed documents, one thread
 * writes the next share and {@code --threads} threads the rest (as a crawl's workers do), each timed with its
 * commit. Search, on the last repeat's indexes: the queries of the index stage (two nouns of one article, ten hits
 * with facets and highlighted snippets, one hit per story), one untimed round, then {@code --rounds} timed rounds,
 * the backends taking turns within each round.
 */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = "Index the same articles locally and into Solr, then time the same searches on both.")
public final class ScaleStage implements Callable<Integer> {

    private static final int BATCH = 500;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "A folder for the local index; emptied first.")
    private Path data;

    @Option(names = "--solr", required = true, paramLabel = "URL|zk:...", description = "The cluster.")
    private String solr;

    @Option(names = "--collection", required = true, paramLabel = "NAME",
            description = "The empty chanye collections NAME-1 to NAME-R, one per repeat.")
    private String collection;

    @Option(names = "--repeats", defaultValue = "3", description = "Indexing runs per backend (default ${DEFAULT-VALUE}).")
    private int repeats;

    @Option(names = "--docs", defaultValue = "10000", description = "Documents written to each (default ${DEFAULT-VALUE}).")
    private int docs;

    @Option(names = "--warmup-docs", defaultValue = "1000", description = "First documents, untimed (default ${DEFAULT-VALUE}).")
    private int warmupDocs;

    @Option(names = "--threads", defaultValue = "4", description = "Threads feeding the second timed share (default ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--queries", defaultValue = "300", description = "Queries per round (default ${DEFAULT-VALUE}).")
    private int queryCount;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds (default ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--seed", defaultValue = "1", description = "The generator's seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the figures (JSON).")
    private Path out;

    /**
     * One backend's figures.
     *
     * @param oneThreadDocsPerSecond documents per second from one feeding thread, with its commit, per repeat
     * @param threadedDocsPerSecond  documents per second from {@code threads} feeding threads, with its commit, per
     *                               repeat
     * @param rounds                 search latency of each timed round
     * @param meanTotal              mean hits (stories) per search, the same for both when they agree
     */
    record Backend(List<Double> oneThreadDocsPerSecond, List<Double> threadedDocsPerSecond, List<Latency> rounds,
                   double meanTotal) {
    }

    /** What the stage measured. */
    record Figures(long seed, int documents, int warmupDocuments, int threads, int queries, int repeats,
                   Map<String, Backend> backends) {
    }

    @Override
    public Integer call() throws IOException, InvalidQueryException, InterruptedException {
        ArticleClassifier classifier = ArticleClassifier.create(Taxonomy.loadDefault());
        Directories.deleteTree(data);
        List<String> queries = QueryPool.draw(BenchText.articles(seed).limit(Math.min(2000, docs)).toList(),
                classifier.segmenter(), queryCount, seed);
        Map<String, IndexBackend> backends = new LinkedHashMap<>();
        Map<String, List<double[]>> rates = new LinkedHashMap<>();
        for (int repeat = 1; repeat <= repeats; repeat++) {
            backends.put("local", new LocalIndex(data.resolve("local-" + repeat).resolve("index"),
                    classifier.segmenter()));
            backends.put("solr", new SolrBackend(SolrTarget.parse(solr), collection + "-" + repeat,
                    classifier::segmenter));
            for (Map.Entry<String, IndexBackend> backend : backends.entrySet()) {
                rates.computeIfAbsent(backend.getKey(), name -> new ArrayList<>())
                        .add(write(backend.getValue(), classifier.taxonomy()));
            }
        }
        Map<String, List<Latency>> latencies = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, ArticleReader> readers = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, IndexBackend> backend : backends.entrySet()) {
                readers.put(backend.getKey(), backend.getValue().openReader());
                latencies.put(backend.getKey(), new ArrayList<>());
                totals.put(backend.getKey(), 0L);
            }
            for (int round = 0; round <= rounds; round++) {
                for (Map.Entry<String, ArticleReader> reader : readers.entrySet()) {
                    long[] nanos = new long[queries.size()];
                    for (int i = 0; i < nanos.length; i++) {
                        long start = System.nanoTime();
                        SearchResponse response = reader.getValue().search(new SearchRequest(queries.get(i),
                                List.of(), null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0));
                        nanos[i] = System.nanoTime() - start;
                        if (round > 0) {
                            totals.merge(reader.getKey(), response.total(), Long::sum);
                        }
                    }
                    if (round > 0) {
                        latencies.get(reader.getKey()).add(Latency.ofNanos(nanos));
                    }
                }
            }
        } finally {
            for (ArticleReader reader : readers.values()) {
                reader.close();
            }
        }
        Map<String, Backend> figures = new LinkedHashMap<>();
        for (String name : backends.keySet()) {
            figures.put(name, new Backend(rates.get(name).stream().map(r -> r[0]).toList(),
                    rates.get(name).stream().map(r -> r[1]).toList(), latencies.get(name),
                    totals.get(name) / (double) (rounds * queries.size())));
        }
        Results.write(out, new Figures(seed, docs, warmupDocs, threads, queries.size(), repeats, figures));
        return 0;
    }

    /** Writes the documents; the rates of the one-thread and the threaded shares, each with its commit. */
    private double[] write(IndexBackend backend, Taxonomy taxonomy)
            throws IOException, InterruptedException {
        Iterator<GeneratedArticle> source = BenchText.articles(seed).iterator();
        int oneThreadEnd = warmupDocs + (docs - warmupDocs) / 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ArticleWriter writer = backend.openWriter()) {
            feed(writer, IndexStage.documents(source, 0, warmupDocs, taxonomy), null);
            writer.commit();
            long start = System.nanoTime();
            feed(writer, IndexStage.documents(source, warmupDocs, oneThreadEnd - warmupDocs, taxonomy), null);
            writer.commit();
            double oneThread = (oneThreadEnd - warmupDocs) / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            feed(writer, IndexStage.documents(source, oneThreadEnd, docs - oneThreadEnd, taxonomy), pool);
            writer.commit();
            double threaded = (docs - oneThreadEnd) / ((System.nanoTime() - start) / 1e9);
            return new double[] {oneThread, threaded};
        } finally {
            pool.shutdown();
        }
    }

    private static void feed(ArticleWriter writer, List<IndexedArticle> articles, ExecutorService pool)
            throws IOException, InterruptedException {
        for (int from = 0; from < articles.size(); from += BATCH) {
            List<IndexedArticle> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
            if (pool == null) {
                for (IndexedArticle article : batch) {
                    writer.upsert(article);
                }
                continue;
            }
            List<Future<?>> done = new ArrayList<>();
            for (IndexedArticle article : batch) {
                done.add(pool.submit(() -> writer.upsert(article)));
            }
            try {
                for (Future<?> future : done) {
                    future.get();
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException("upsert failed", e.getCause());
            }
        }
    }
}
