package chanye.bench.index;

import chanye.bench.Results;
import chanye.bench.text.BenchText;
import chanye.classifier.ArticleClassifier;
import chanye.classifier.ClusterTag;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Directories;
import chanye.cli.site.GeneratedArticle;
import chanye.index.ArticleIndexWriter;
import chanye.index.ArticleSearcher;
import chanye.index.IndexedArticle;
import chanye.index.InvalidQueryException;
import chanye.index.SearchRequest;
import chanye.index.SearchResponse;
import chanye.index.UpsertResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench index}: builds a fresh index of generated articles and, at each checkpoint (10k, 30k, 100k
 * documents), commits, weighs the index on disk and times two-word searches with facets and highlighting.
 *
 * <p>Up to the first checkpoint one thread feeds the writer: that segment, after {@code --warmup-docs} documents
 * that warm up the JIT and are not timed, gives the one-thread documents per second. Later segments are fed by {@code --fill-threads} threads (the writer is thread-safe), so that a
 * 100,000-document index is built in reasonable time on two cores; their rate is reported with their thread count.
 * Only the writer's work is timed (upserts and the commit). Documents carry the cluster the generator wrote them
 * about, tagged as the classifier would tag it (the classifier is timed on its own in {@code bench classify}); the
 * data directory is left in the layout of {@code chanye --data}, so the script can time {@code chanye search}.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build an index of generated articles; time indexing and search at checkpoints.")
public final class IndexStage implements Callable<Integer> {

    private static final int BATCH = 1000;
    private static final int QUERY_SOURCE_ARTICLES = 2000;
    private static final Instant CRAWL_TIME = Instant.parse("2024-06-01T00:00:00Z");

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "A chanye data folder; emptied first.")
    private Path data;

    @Option(names = "--checkpoints", required = true, split = ",", paramLabel = "N",
            description = "Document counts at which to commit and measure; the last is the index's size.")
    private List<Integer> checkpoints;

    @Option(names = "--warmup-docs", defaultValue = "2000",
            description = "First documents written but not timed, while the JIT warms up (default ${DEFAULT-VALUE}).")
    private int warmupDocs;

    @Option(names = "--fill-threads", defaultValue = "2",
            description = "Threads feeding the writer after the first checkpoint (default ${DEFAULT-VALUE}).")
    private int fillThreads;

    @Option(names = "--queries", defaultValue = "1000", description = "Queries per timed round (default ${DEFAULT-VALUE}).")
    private int queryCount;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds per checkpoint (default ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--seed", defaultValue = "1", description = "The generator's seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--queries-out", required = true, paramLabel = "FILE", description = "Where to write the queries, one a line.")
    private Path queriesOut;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the figures (JSON).")
    private Path out;

    /**
     * The state of the index at one checkpoint.
     *
     * @param documents     documents written so far
     * @param threads       threads that fed the writer since the previous checkpoint
     * @param timedDocuments the documents since the previous checkpoint whose writing was timed (not warm-up)
     * @param docsPerSecond documents per second of writer time over those documents and the commit
     * @param indexBytes    the index's size on disk after the commit
     * @param openMs        how long opening a searcher took
     * @param rounds        the latency of each timed round of queries
     * @param searchCheck   evidence that the timed searches did the full work
     */
    record Checkpoint(int documents, int threads, int timedDocuments, double docsPerSecond, long indexBytes,
                      long openMs, List<Latency> rounds, SearchCheck searchCheck) {
    }

    /**
     * What the timed searches returned, so the figures are known to include facets and highlighting.
     *
     * @param meanTotal     mean number of matching documents per query
     * @param withFacets    share of responses with cluster facet counts
     * @param withHighlight share of responses whose first hit's snippet holds a highlighted match
     */
    record SearchCheck(double meanTotal, double withFacets, double withHighlight) {
    }

    /** What the stage measured. */
    record Figures(long seed, int queries, Map<UpsertResult, Integer> outcomes, List<Checkpoint> checkpoints) {
    }

    @Override
    public Integer call() throws IOException, InvalidQueryException, InterruptedException {
        ArticleClassifier classifier = ArticleClassifier.create(Taxonomy.loadDefault());
        DataDir dataDir = new DataDir(data);
        Directories.deleteTree(data);
        List<String> queries = QueryPool.draw(
                BenchText.articles(seed).limit(Math.min(QUERY_SOURCE_ARTICLES, checkpoints.get(0))).toList(),
                classifier.segmenter(), queryCount, seed);
        Files.createDirectories(queriesOut.toAbsolutePath().getParent());
        Files.write(queriesOut, queries, StandardCharsets.UTF_8);
        Map<UpsertResult, Integer> outcomes = new ConcurrentHashMap<>();
        List<Checkpoint> measured = new ArrayList<>();
        Iterator<GeneratedArticle> source = BenchText.articles(seed).iterator();
        int written = 0;
        ExecutorService fillers = Executors.newFixedThreadPool(fillThreads);
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(dataDir.index(), classifier.segmenter())) {
            for (int checkpoint : checkpoints) {
                int threads = measured.isEmpty() ? 1 : fillThreads;
                long writeNanos = 0;
                int timedDocuments = 0;
                while (written < checkpoint) {
                    List<IndexedArticle> batch = documents(source, written, Math.min(BATCH, checkpoint - written),
                            classifier.taxonomy());
                    long start = System.nanoTime();
                    upsert(writer, batch, threads == 1 ? null : fillers, outcomes);
                    if (written >= warmupDocs) {
                        writeNanos += System.nanoTime() - start;
                        timedDocuments += batch.size();
                    }
                    written += batch.size();
                }
                long start = System.nanoTime();
                writer.commit();
                writeNanos += System.nanoTime() - start;
                double docsPerSecond = timedDocuments / (writeNanos / 1e9);
                measured.add(measure(dataDir, classifier, queries, written, threads, timedDocuments,
                        docsPerSecond));
                Results.write(out, new Figures(seed, queries.size(), new EnumMap<>(outcomes), measured));
            }
        } finally {
            fillers.shutdown();
        }
        return 0;
    }

    /** Upserts the batch from this thread, or across the pool's threads when one is given. */
    private static void upsert(ArticleIndexWriter writer, List<IndexedArticle> batch, ExecutorService pool,
                               Map<UpsertResult, Integer> outcomes) throws IOException, InterruptedException {
        if (pool == null) {
            for (IndexedArticle article : batch) {
                outcomes.merge(writer.upsert(article), 1, Integer::sum);
            }
            return;
        }
        List<Future<UpsertResult>> results = new ArrayList<>(batch.size());
        for (IndexedArticle article : batch) {
            results.add(pool.submit(() -> writer.upsert(article)));
        }
        try {
            for (Future<UpsertResult> result : results) {
                outcomes.merge(result.get(), 1, Integer::sum);
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("upsert failed", e.getCause());
        }
    }

    /** Articles {@code first} to {@code first + size - 1} of {@code source}, on five sites, tagged with their cluster. */
    public static List<IndexedArticle> documents(Iterator<GeneratedArticle> source, int first, int size,
                                                  Taxonomy taxonomy) {
        List<IndexedArticle> batch = new ArrayList<>(size);
        for (int i = first; i < first + size; i++) {
            GeneratedArticle text = source.next();
            List<ClusterTag> clusters = taxonomy.find(text.cluster()).stream()
                    .map(cluster -> new ClusterTag(cluster.id(), cluster.name(), 1.0, List.of()))
                    .toList();
            String site = "site" + (i % 5) + ".localhost";
            batch.add(new IndexedArticle("http://" + site + "/news/" + i + ".html", site, text.title(), text.body(),
                    text.source(), text.author(), text.publishTime(), CRAWL_TIME.plusSeconds(i), clusters,
                    List.of(), List.of()));
        }
        return batch;
    }

    private Checkpoint measure(DataDir dataDir, ArticleClassifier classifier, List<String> queries, int documents,
                               int threads, int timedDocuments, double docsPerSecond)
            throws IOException, InvalidQueryException {
        long openStart = System.nanoTime();
        try (ArticleSearcher searcher = ArticleSearcher.open(dataDir.index(), classifier.segmenter())) {
            long openMs = (System.nanoTime() - openStart) / 1_000_000;
            for (String query : queries) {
                searcher.search(request(query));
            }
            List<Latency> timed = new ArrayList<>();
            long totals = 0;
            int withFacets = 0;
            int withHighlight = 0;
            for (int round = 0; round < rounds; round++) {
                long[] nanos = new long[queries.size()];
                for (int i = 0; i < nanos.length; i++) {
                    long start = System.nanoTime();
                    SearchResponse response = searcher.search(request(queries.get(i)));
                    nanos[i] = System.nanoTime() - start;
                    totals += response.total();
                    withFacets += response.facets().getOrDefault("clusters", Map.of()).isEmpty() ? 0 : 1;
                    withHighlight += !response.hits().isEmpty() && response.hits().get(0).snippet() != null
                            && response.hits().get(0).snippet().contains("<em>") ? 1 : 0;
                }
                timed.add(Latency.ofNanos(nanos));
            }
            double searches = (double) rounds * queries.size();
            return new Checkpoint(documents, threads, timedDocuments, docsPerSecond, sizeOf(dataDir.index()), openMs,
                    timed,
                    new SearchCheck(totals / searches, withFacets / searches, withHighlight / searches));
        }
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, List.of(), null, null, null, SearchRequest.Sort.RELEVANCE, 10, 0);
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
