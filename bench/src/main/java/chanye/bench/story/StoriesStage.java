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
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench stories}: what grouping republished copies into stories costs the writer. The same articles are
 * indexed with grouping and without (each article a story of its own, no signature): generated articles with, every
 * {@code --copy-every}-th one, an edited copy on another site a little later (a new title, an 原标题 line, the last
 * paragraph cut). Measured, one thread, after {@code --warmup-docs} untimed documents: the writer's documents per
 * second up to the first checkpoint (repeated {@code --runs} times, each mode in turn), and for {@code --tail}
 * documents added to the full index of {@code --documents}; their difference is the cost per article at that size.
 * The full index with grouping is left in {@code --data} for the report and export stages.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Index generated articles and planted copies with and without story grouping; time both.")
public final class StoriesStage implements java.util.concurrent.Callable<Integer> {

    private static final Instant CRAWL_TIME = Instant.parse("2024-06-01T00:00:00Z");

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "A chanye data folder; emptied first.")
    private Path data;

    @Option(names = "--first", defaultValue = "10000", description = "The first checkpoint (default ${DEFAULT-VALUE}).")
    private int first;

    @Option(names = "--documents", defaultValue = "100000",
            description = "Documents of the full index (default ${DEFAULT-VALUE}).")
    private int documents;

    @Option(names = "--tail", defaultValue = "2000",
            description = "Documents added to the full index, timed (default ${DEFAULT-VALUE}).")
    private int tail;

    @Option(names = "--warmup-docs", defaultValue = "2000", description = "Untimed first documents (default ${DEFAULT-VALUE}).")
    private int warmupDocs;

    @Option(names = "--runs", defaultValue = "3", description = "Runs up to the first checkpoint per mode (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--copy-every", defaultValue = "20", description = "One planted copy per this many articles (default ${DEFAULT-VALUE}).")
    private int copyEvery;

    @Option(names = "--fill-threads", defaultValue = "2", description = "Threads filling the index past the first checkpoint (default ${DEFAULT-VALUE}).")
    private int fillThreads;

    @Option(names = "--seed", defaultValue = "1", description = "The generator's seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the figures (JSON).")
    private Path out;

    /**
     * The figures of one mode.
     *
     * @param grouped         whether stories were grouped
     * @param firstDocsPerSecond documents per second up to the first checkpoint, over the runs
     * @param tailDocsPerSecond  documents per second of the tail added to the full index
     * @param documents       documents in the full index after the tail
     * @param stories         stories in it
     * @param plantedCopies   copies planted
     * @param copiesJoined    planted copies that joined the story of the article they copy
     */
    record Mode(boolean grouped, Summary firstDocsPerSecond, double tailDocsPerSecond, long documents, long stories,
                int plantedCopies, int copiesJoined) {
    }

    /** What the stage measured, and the cost per article derived from the two modes. */
    record Figures(long seed, int warmupDocs, int first, int documents, int tail, int copyEvery, Mode without,
                   Mode with, double costMsAtFirst, double costMsAtFull) {
    }

    /** The URL of the article each planted copy copies, by the copy's URL. */
    private final Map<String, String> originalOfCopy = new HashMap<>();

    @Override
    public Integer call() throws IOException, InterruptedException, InvalidQueryException {
        ArticleClassifier classifier = ArticleClassifier.create(Taxonomy.loadDefault());
        List<IndexedArticle> corpus = corpus(classifier, documents + tail);
        Map<Boolean, double[]> firstRates = new HashMap<>(Map.of(false, new double[runs], true, new double[runs]));
        for (int run = 0; run < runs; run++) {
            for (boolean grouped : List.of(false, true)) {
                Path dir = data.resolveSibling(data.getFileName() + "-first");
                Directories.deleteTree(dir);
                try (ArticleIndexWriter writer = ArticleIndexWriter.open(new DataDir(dir).index(),
                        classifier.segmenter(), grouped)) {
                    firstRates.get(grouped)[run] = timed(writer, corpus.subList(0, first), warmupDocs);
                }
                Directories.deleteTree(dir);
            }
        }
        Mode without = full(classifier, corpus, false, Summary.of(firstRates.get(false)));
        Mode with = full(classifier, corpus, true, Summary.of(firstRates.get(true)));
        Results.write(out, new Figures(seed, warmupDocs, first, documents, tail, copyEvery, without, with,
                1000 / with.firstDocsPerSecond().median() - 1000 / without.firstDocsPerSecond().median(),
                1000 / with.tailDocsPerSecond() - 1000 / without.tailDocsPerSecond()));
        return 0;
    }

    /** Builds the full index in one mode, times its tail, and counts its stories; the grouped one stays in --data. */
    private Mode full(ArticleClassifier classifier, List<IndexedArticle> corpus, boolean grouped, Summary firstRate)
            throws IOException, InterruptedException, InvalidQueryException {
        Path dir = grouped ? data : data.resolveSibling(data.getFileName() + "-ungrouped");
        Directories.deleteTree(dir);
        DataDir dataDir = new DataDir(dir);
        double tailRate;
        ExecutorService fillers = Executors.newFixedThreadPool(fillThreads);
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(dataDir.index(), classifier.segmenter(), grouped)) {
            fill(writer, corpus.subList(0, documents), fillers);
            writer.commit();
            tailRate = timed(writer, corpus.subList(documents, documents + tail), 0);
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
        int joined = 0;
        for (Map.Entry<String, String> planted : originalOfCopy.entrySet()) {
            String story = storyByUrl.get(planted.getKey());
            joined += story != null && story.equals(storyByUrl.get(planted.getValue())) ? 1 : 0;
        }
        if (!grouped) {
            Directories.deleteTree(dir);
        }
        return new Mode(grouped, firstRate, tailRate, storyByUrl.size(), stories, originalOfCopy.size(), joined);
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

    /** Upserts {@code articles} from this thread; documents per second of writer time after {@code untimed}. */
    private static double timed(ArticleIndexWriter writer, List<IndexedArticle> articles, int untimed)
            throws IOException {
        for (IndexedArticle article : articles.subList(0, untimed)) {
            writer.upsert(article);
        }
        long start = System.nanoTime();
        for (IndexedArticle article : articles.subList(untimed, articles.size())) {
            writer.upsert(article);
        }
        writer.commit();
        return (articles.size() - untimed) / ((System.nanoTime() - start) / 1e9);
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
