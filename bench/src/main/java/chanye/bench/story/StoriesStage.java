package chanye.bench.story;

import chanye.bench.Results;
import chanye.bench.Summary;
import chanye.bench.text.BenchText;
import chanye.classifier.ArticleClassifier;
import chanye.classifier.Classification;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Directories;
import chanye.cli.site.GeneratedArticle;
import chanye.index.ArticleIndexWriter;
import chanye.index.ArticleSearcher;
import chanye.index.IndexedArticle;
import chanye.index.InvalidQueryException;
import chanye.index.SearchRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench stories}: what grouping republished copies into stories costs the index writer, per indexed article,
 * at {@code --checkpoints} (10k and 100k documents). The corpus: generated articles (classified, as a crawl tags them)
 * and, for every {@code --copy-every}-th one, an edited copy on another site ten articles later (a new title, an
 * 原标题 line, the last paragraph cut). One index is built with grouping (one thread up to the first checkpoint, then
 * {@code --fill-threads}); at each checkpoint, {@code --rounds} rounds each add {@code --round} fresh articles with
 * grouping and as many without (each a story of its own, no signature), one thread, timed, back to back, so that both
 * see the same index size and the same load; which mode goes first alternates from round to round, so that neither
 * always follows the other. Each round thus gives a pair of rates measured a second apart: the share of the rate lost
 * and the cost of the lookup (the difference of the times per article) are the medians over the pairs, which the
 * machine's load, drifting between rounds, moves far less than it moves the rates.
 * Opening the writer is timed apart (with grouping it loads every article's bands into memory), and so is the heap
 * that loading holds. The index is left in {@code --data} for the report and export stages.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Time indexing with and without story grouping at checkpoints of one growing index.")
public final class StoriesStage implements java.util.concurrent.Callable<Integer> {

    private static final Instant CRAWL_TIME = Instant.parse("2024-06-01T00:00:00Z");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "A chanye data folder; emptied first.")
    private Path data;

    @Option(names = "--checkpoints", defaultValue = "10000,100000", split = ",", paramLabel = "N",
            description = "Index sizes at which to time (default ${DEFAULT-VALUE}).")
    private List<Integer> checkpoints;

    @Option(names = "--rounds", defaultValue = "8", description = "Timed rounds per checkpoint (default ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--round", defaultValue = "500",
            description = "Articles added per round and mode (default ${DEFAULT-VALUE}).")
    private int round;

    @Option(names = "--warmup-docs", defaultValue = "2000",
            description = "Articles indexed before the first timing, untimed beyond the build (default ${DEFAULT-VALUE}).")
    private int warmupDocs;

    @Option(names = "--copy-every", defaultValue = "20", description = "One planted copy per this many articles (default ${DEFAULT-VALUE}).")
    private int copyEvery;

    @Option(names = "--fill-threads", defaultValue = "2", description = "Threads filling the index between checkpoints (default ${DEFAULT-VALUE}).")
    private int fillThreads;

    @Option(names = "--seed", defaultValue = "1", description = "The generator's seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the figures (JSON).")
    private Path out;

    /** The URL of the article each planted copy copies, by the copy's URL. */
    private final Map<String, String> originalOfCopy = new HashMap<>();
    /** The articles indexed without grouping, which no copy can join. */
    private final Set<String> ungrouped = new HashSet<>();

    /**
     * The timings at one index size.
     *
     * @param documents     documents in the index when the rounds began
     * @param withPerSecond articles per second with grouping, over the rounds
     * @param withoutPerSecond articles per second without it
     * @param costMs        the difference of the times per article with grouping and without, in milliseconds: the
     *                      median over the rounds' pairs
     * @param loss          the share of the rate lost with grouping: the median over the rounds' pairs
     * @param lossPerRound  the share lost in each round's pair, summarised
     * @param cpuLoss       the share lost as the indexing thread's processor time counts it (its time per article
     *                      with grouping and without, paired by round; the median), which other processes' load moves
     *                      less than the elapsed time; the commit's fsync waits are not in it
     * @param openWithMs    milliseconds to open the writer with grouping (loading the stories' bands), per round
     * @param openWithoutMs milliseconds to open it without
     * @param storyBytesPerDocument the heap a writer with grouping holds beyond one without, per document, after a
     *                      full collection
     */
    record Checkpoint(int documents, Summary withPerSecond, Summary withoutPerSecond, double costMs, double loss,
                      Summary lossPerRound, double cpuLoss, Summary openWithMs, Summary openWithoutMs, double storyBytesPerDocument) {
    }

    /**
     * What the stage measured.
     *
     * @param seed          the generator's seed
     * @param buildPerSecond articles per second of the one-thread build up to the first checkpoint, with grouping,
     *                      after the warm-up
     * @param checkpoints   the timings at each size
     * @param documents     documents in the final index
     * @param stories       stories in it
     * @param plantedCopies copies planted and indexed with grouping, as the article they copy
     * @param copiesJoined  planted copies that joined the story of the article they copy
     */
    record Figures(long seed, int copyEvery, int round, double buildPerSecond, List<Checkpoint> checkpoints,
                   long documents, long stories, int plantedCopies, int copiesJoined) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException, InvalidQueryException {
        ArticleClassifier classifier = ArticleClassifier.create(Taxonomy.loadDefault());
        int last = checkpoints.get(checkpoints.size() - 1);
        List<IndexedArticle> corpus = corpus(classifier, last + checkpoints.size() * 2 * rounds * round);
        Iterator<IndexedArticle> source = corpus.iterator();
        Directories.deleteTree(data);
        DataDir dataDir = new DataDir(data);
        List<Checkpoint> measured = new ArrayList<>();
        double buildRate = 0;
        int indexed = 0;
        ExecutorService fillers = Executors.newFixedThreadPool(fillThreads);
        try {
            for (int checkpoint : checkpoints) {
                try (ArticleIndexWriter writer = ArticleIndexWriter.open(dataDir.index(), classifier.segmenter())) {
                    List<IndexedArticle> batch = take(source, checkpoint - indexed);
                    if (measured.isEmpty()) {
                        buildRate = timed(writer, batch.subList(0, Math.min(warmupDocs, batch.size())), batch);
                    } else {
                        fill(writer, batch, fillers);
                    }
                    writer.commit();
                }
                indexed = checkpoint;
                measured.add(rounds(dataDir, classifier, source, checkpoint));
                indexed += 2 * rounds * round;
            }
        } finally {
            fillers.shutdown();
        }
        Map<String, String> storyByUrl = new HashMap<>();
        long stories;
        try (ArticleSearcher searcher = ArticleSearcher.open(dataDir.index(), classifier.segmenter())) {
            searcher.export(new SearchRequest("", List.of(), List.of(), null, null, null, 0, 0, List.of(), null, true),
                    false, stored -> storyByUrl.put(stored.article().url(), stored.story()));
            stories = searcher.stats().stories();
        }
        int planted = 0;
        int joined = 0;
        for (Map.Entry<String, String> copy : originalOfCopy.entrySet()) {
            String story = storyByUrl.get(copy.getKey());
            String original = storyByUrl.get(copy.getValue());
            if (story != null && original != null && !ungrouped.contains(copy.getKey())
                    && !ungrouped.contains(copy.getValue())) {
                planted++;
                joined += story.equals(original) ? 1 : 0;
            }
        }
        Results.write(out, new Figures(seed, copyEvery, round, buildRate, measured, storyByUrl.size(), stories,
                planted, joined));
        return 0;
    }

    /**
     * Rounds with and without grouping at the index's present size, back to back, grouping first in even rounds and
     * second in odd ones.
     */
    private Checkpoint rounds(DataDir dataDir, ArticleClassifier classifier, Iterator<IndexedArticle> source,
                              int documents) throws IOException {
        double[] with = new double[rounds];
        double[] without = new double[rounds];
        double[] openWith = new double[rounds];
        double[] openWithout = new double[rounds];
        double[] cpuWith = new double[rounds];
        double[] cpuWithout = new double[rounds];
        double storyBytes = (heapHeld(dataDir, classifier, true) - heapHeld(dataDir, classifier, false))
                / (double) documents;
        for (int r = 0; r < rounds; r++) {
            for (boolean grouped : r % 2 == 0 ? List.of(true, false) : List.of(false, true)) {
                long opening = System.nanoTime();
                try (ArticleIndexWriter writer = ArticleIndexWriter.open(dataDir.index(), classifier.segmenter(),
                        grouped)) {
                    (grouped ? openWith : openWithout)[r] = (System.nanoTime() - opening) / 1e6;
                    List<IndexedArticle> articles = take(source, round);
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    (grouped ? with : without)[r] = timed(writer, List.of(), articles);
                    (grouped ? cpuWith : cpuWithout)[r] = THREADS.getCurrentThreadCpuTime() - cpu;
                    if (!grouped) {
                        articles.forEach(article -> ungrouped.add(article.url()));
                    }
                }
            }
        }
        double[] lost = new double[rounds];
        double[] costMs = new double[rounds];
        double[] cpuLost = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            cpuLost[r] = 1 - cpuWithout[r] / cpuWith[r];
            lost[r] = 1 - with[r] / without[r];
            costMs[r] = 1000 / with[r] - 1000 / without[r];
        }
        Summary loss = Summary.of(lost);
        return new Checkpoint(documents, Summary.of(with), Summary.of(without), Summary.of(costMs).median(),
                loss.median(), loss, Summary.of(cpuLost).median(), Summary.of(openWith), Summary.of(openWithout), storyBytes);
    }

    /** The heap in use, after a full collection, while a writer over the index is open, grouping or not. */
    private static long heapHeld(DataDir dataDir, ArticleClassifier classifier, boolean grouped) throws IOException {
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(dataDir.index(), classifier.segmenter(), grouped)) {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            for (int i = 0; i < 3; i++) {
                memory.gc();
            }
            return memory.getHeapMemoryUsage().getUsed();
        }
    }

    private static List<IndexedArticle> take(Iterator<IndexedArticle> source, int count) {
        List<IndexedArticle> taken = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            taken.add(source.next());
        }
        return taken;
    }

    /**
     * {@code size} articles: generated ones, classified (clusters, keywords and regions, as a crawl tags them; not
     * timed), and every {@code --copy-every}-th followed, ten articles later, by a copy of it on another site with a
     * new title, an 原标题 line and its last paragraph cut, published three hours after it.
     */
    private List<IndexedArticle> corpus(ArticleClassifier classifier, int size) {
        Iterator<GeneratedArticle> source = BenchText.articles(seed).iterator();
        List<IndexedArticle> corpus = new ArrayList<>(size);
        java.util.ArrayDeque<IndexedArticle> due = new java.util.ArrayDeque<>();
        int generated = 0;
        while (corpus.size() < size) {
            if (!due.isEmpty() && corpus.size() % 10 == 5) {
                corpus.add(due.poll());
                continue;
            }
            GeneratedArticle text = source.next();
            String site = "site" + (generated % 5) + ".localhost";
            IndexedArticle article = article("http://" + site + "/news/" + generated + ".html", site, text.title(),
                    text.body(), text);
            corpus.add(article);
            if (generated % copyEvery == 0) {
                List<String> paragraphs = new ArrayList<>(List.of(text.body().split("\n")));
                if (paragraphs.size() > 2) {
                    paragraphs.remove(paragraphs.size() - 1);
                }
                paragraphs.add(0, "原标题：" + text.title());
                IndexedArticle copy = article("http://copies.localhost/copy/" + generated + ".html", "copies.localhost",
                        "转载｜" + text.title(), String.join("\n", paragraphs), text);
                copy = new IndexedArticle(copy.url(), copy.site(), copy.title(), copy.body(), "西域资讯转载网",
                        copy.author(), text.publishTime().plusHours(3), copy.crawlTime(), copy.clusters(),
                        copy.keywords(), copy.regions());
                originalOfCopy.put(copy.url(), article.url());
                due.add(copy);
            }
            generated++;
        }
        return corpus.parallelStream().map(article -> classified(classifier, article)).toList();
    }

    private static IndexedArticle article(String url, String site, String title, String body, GeneratedArticle text) {
        return new IndexedArticle(url, site, title, body, text.source(), text.author(), text.publishTime(),
                CRAWL_TIME, List.of(), List.of(), List.of());
    }

    private static IndexedArticle classified(ArticleClassifier classifier, IndexedArticle article) {
        Classification tags = classifier.classify(article.title(), article.body());
        return new IndexedArticle(article.url(), article.site(), article.title(), article.body(), article.source(),
                article.author(), article.publishTime(), article.crawlTime(), tags.clusters(), tags.keywords(),
                tags.regions());
    }

    /**
     * Upserts {@code untimed}, then {@code articles} past them, from this thread, and commits; articles per second of
     * the timed part and the commit.
     */
    private static double timed(ArticleIndexWriter writer, List<IndexedArticle> untimed, List<IndexedArticle> articles)
            throws IOException {
        for (IndexedArticle article : untimed) {
            writer.upsert(article);
        }
        List<IndexedArticle> rest = articles.subList(untimed.size(), articles.size());
        long start = System.nanoTime();
        for (IndexedArticle article : rest) {
            writer.upsert(article);
        }
        writer.commit();
        return rest.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static void fill(ArticleIndexWriter writer, List<IndexedArticle> articles, ExecutorService pool)
            throws IOException, InterruptedException {
        List<Future<?>> pending = new ArrayList<>();
        for (IndexedArticle article : articles) {
            pending.add(pool.submit(() -> writer.upsert(article)));
            if (pending.size() == 1000) {
                await(pending);
            }
        }
        await(pending);
    }

    private static void await(List<Future<?>> pending) throws IOException, InterruptedException {
        try {
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("upsert failed", e.getCause());
        }
        pending.clear();
    }
}
