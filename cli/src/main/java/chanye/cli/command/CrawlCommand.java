package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Json;
import chanye.cli.Main;
import chanye.cli.Terminal;
import chanye.cli.UserException;
import chanye.cli.pipeline.CrawlProgress;
import chanye.cli.pipeline.IndexingCrawl;
import chanye.cli.pipeline.SolrIndexes;
import chanye.cli.pipeline.Taxonomies;
import chanye.crawler.ArticleSink;
import chanye.crawler.CrawlConfig;
import chanye.crawler.CrawlSummary;
import chanye.crawler.state.CrawlStore;
import chanye.crawler.url.UrlFilter;
import chanye.index.BackendUnavailableException;
import chanye.index.IndexBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code chanye crawl}: fetch from seeds, extract, classify and index articles. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Crawl from seed URLs (pages, sitemaps, RSS/Atom feeds); index the articles found.")
public final class CrawlCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The exit code of a crawl stopped by Ctrl-C (128 + SIGINT). */
    static final int INTERRUPTED = 130;

    @ParentCommand
    private Main main;

    @Option(names = "--seeds", arity = "1..*", paramLabel = "URL", description = "Start URLs.")
    private List<String> seeds = new ArrayList<>();

    @Option(names = "--seeds-file", paramLabel = "FILE",
            description = "A file of start URLs, one a line; # starts a comment (at the start or after a blank).")
    private Path seedsFile;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "1000", description = "Most fetches this run (default ${DEFAULT-VALUE}).")
    private int maxPages;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "5", description = "Most links followed from a seed (default ${DEFAULT-VALUE}).")
    private int maxDepth;

    @Option(names = "--max-list-pages", paramLabel = "N", defaultValue = "" + CrawlConfig.DEFAULT_MAX_LIST_PAGES,
            description = "Pages of one list (list_2.html, ?page=3, 下一页) reached without spending depth"
                    + " (default ${DEFAULT-VALUE}); further pages of it spend depth like other links.")
    private int maxListPages;

    @Option(names = "--delay-ms", paramLabel = "N", defaultValue = "1000", description = "Minimum gap between requests to one host (default ${DEFAULT-VALUE}).")
    private long delayMs;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4", description = "Hosts fetched from at once (default ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--include", arity = "1..*", paramLabel = "REGEX", description = "Follow only URLs matching one of these.")
    private List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", arity = "1..*", paramLabel = "REGEX", description = "Never follow URLs matching these.")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--follow-external", description = "Follow links to hosts other than the seeds'.")
    private boolean followExternal;

    @Option(names = "--user-agent", paramLabel = "UA", description = "User-Agent to send and to match in robots.txt.")
    private String userAgent;

    @Option(names = "--resume", description = "Continue the interrupted crawl saved in --data.")
    private boolean resume;

    @Option(names = "--refetch-after", paramLabel = "DURATION", defaultValue = "0",
            description = "Leave alone the articles an earlier run fetched less than this ago (30m, 12h, 7d; "
                    + "default ${DEFAULT-VALUE}: check every article found again, conditionally).")
    private String refetchAfter;

    @Option(names = "--taxonomy", paramLabel = "FILE|NAME",
            description = "A taxonomy file, or a bundled one by name (xinjiang-8, xinjiang-2025-10), to classify with;"
                    + " it is kept in --data. Default: the one --data was crawled with, else xinjiang-8.")
    private Path taxonomyFile;

    @Option(names = "--json", description = "Print the summary as one JSON object on the last line.")
    private boolean json;

    @Option(names = "--partition", paramLabel = "I/N",
            description = "Crawl only the hosts of share I of N (from 1), so that N workers with one seeds file each"
                    + " take their own hosts; links to the others' hosts are counted as diverted.")
    private String partition;

    @Mixin
    private IndexOptions index;

    @Option(names = "--warc", paramLabel = "DIR",
            description = "Archive every response fetched for a page, sitemap or feed as gzipped WARC files in DIR.")
    private Path warcDir;

    @Override
    public Integer call() throws IOException {
        List<String> allSeeds = seeds();
        DataDir data = main.dataDir();
        if (resume) {
            CrawlOptions.load(data.crawlOptions()).ifPresent(this::adopt);
        }
        validate(allSeeds);
        UrlFilter share = Partitions.parse(partition);
        Duration refetch = Durations.parse("--refetch-after", refetchAfter);
        createWarcDir(data);
        if (resume && allSeeds.isEmpty()) {
            if (!CrawlStore.exists(data.root())) {
                throw UserException.usage("nothing to resume: " + data.root() + " holds no crawl state; give --seeds"
                        + " to start a crawl");
            }
            allSeeds = CrawlStore.savedSeeds(data.root());
        }
        CrawlConfig config = CrawlConfig.builder(data.root()).seeds(allSeeds).maxPages(maxPages).maxDepth(maxDepth)
                .delayMs(delayMs).concurrency(concurrency).includes(includes).excludes(excludes)
                .followExternal(followExternal).userAgent(userAgent).resume(resume).refetchAfter(refetch)
                .maxListPages(maxListPages).build();
        Taxonomy taxonomy = taxonomy(data);
        ArticleClassifier classifier = Taxonomies.classifier(taxonomy, data);
        IndexBackend backend = index.backend(data, classifier::segmenter);
        CrawlProgress progress = new CrawlProgress(spec.commandLine().getErr(), System.err,
                Terminal.detect().interactive(), main.quiet(), main.verbose(), maxPages);
        CrawlSummary summary;
        try (IndexingCrawl run = new IndexingCrawl(config, classifier, backend, share, progress, warcDir)) {
            if (index.solr().isEmpty()) {
                Taxonomies.keep(data, taxonomyFile, taxonomy);
            }
            Files.deleteIfExists(data.demoMarker());
            options().save(data.crawlOptions());
            summary = runUntilIndexFails(run, data, backend);
            progress.close();
            printSummary(summary, spec.commandLine().getOut());
            if (run.interrupted()) {
                spec.commandLine().getErr().println("chanye: crawl interrupted; continue it with: " + resumeCommand(data));
                return INTERRUPTED;
            }
        }
        printWhatIsLeft(summary, data);
        if (summary.fetched() == 0 && summary.errors() > 0) {
            throw UserException.failure("nothing could be fetched (" + summary.errors() + " errors, each logged"
                    + " above); check the seeds and the network", null);
        }
        return 0;
    }

    /**
     * The taxonomy to classify with: a Solr collection's own (which {@code --taxonomy}, if given, must classify
     * like), else as for the local index ({@link Taxonomies#forCrawl}).
     */
    private Taxonomy taxonomy(DataDir data) throws IOException {
        if (index.solr().isEmpty()) {
            return Taxonomies.forCrawl(data, taxonomyFile);
        }
        Taxonomy collection = SolrIndexes.taxonomy(index.solr().get(), index.collection());
        if (taxonomyFile != null && !Taxonomies.given(taxonomyFile).classifiesLike(collection)) {
            throw UserException.usage("--taxonomy " + taxonomyFile + " differs from taxonomy '" + collection.name()
                    + "' of collection " + index.collection() + ", which its articles are classified with: leave"
                    + " --taxonomy out, or make another collection with chanye solr init --taxonomy "
                    + taxonomyFile + " --collection NAME");
        }
        return collection;
    }

    /**
     * Runs the crawl; an index that cannot be written at all ends it with one line that says the pages not indexed
     * stay queued.
     */
    private static CrawlSummary runUntilIndexFails(IndexingCrawl run, DataDir data, IndexBackend backend)
            throws IOException {
        try {
            return run.run();
        } catch (BackendUnavailableException | ArticleSink.UnavailableException e) {
            throw UserException.failure(e.getMessage() + "; the crawl stopped, and the pages not indexed stay queued:"
                    + " once " + backend.describe() + " is back, run chanye --data " + data.root() + " crawl --resume",
                    e);
        }
    }

    /** The options of this run, as {@code --resume} will find them. */
    private CrawlOptions options() {
        return new CrawlOptions(includes, excludes, maxDepth, delayMs, concurrency, followExternal, userAgent,
                refetchAfter, warcDir == null ? null : warcDir.toAbsolutePath().toString(), maxListPages, partition,
                index.solr().orElse(null), index.solr().isPresent() ? index.collection() : null);
    }

    /** Takes the kept options of the crawl being resumed, except those given on this command line or not kept. */
    private void adopt(CrawlOptions kept) {
        ParseResult given = spec.commandLine().getParseResult();
        includes = keptUnlessGiven(given, "--include", includes, kept.includes());
        excludes = keptUnlessGiven(given, "--exclude", excludes, kept.excludes());
        maxDepth = keptUnlessGiven(given, "--max-depth", maxDepth, kept.maxDepth());
        delayMs = keptUnlessGiven(given, "--delay-ms", delayMs, kept.delayMs());
        concurrency = keptUnlessGiven(given, "--concurrency", concurrency, kept.concurrency());
        followExternal = keptUnlessGiven(given, "--follow-external", followExternal, kept.followExternal());
        userAgent = keptUnlessGiven(given, "--user-agent", userAgent, kept.userAgent());
        refetchAfter = keptUnlessGiven(given, "--refetch-after", refetchAfter, kept.refetchAfter());
        maxListPages = keptUnlessGiven(given, "--max-list-pages", maxListPages, kept.maxListPages());
        String warc = keptUnlessGiven(given, "--warc", null, kept.warc());
        warcDir = warc == null ? warcDir : Path.of(warc);
        partition = keptUnlessGiven(given, "--partition", partition, kept.partition());
        index.adopt(given, kept.solr(), kept.collection());
    }

    private static <T> T keptUnlessGiven(ParseResult given, String option, T current, T kept) {
        return given.hasMatchedOption(option) || kept == null ? current : kept;
    }

    private void printSummary(CrawlSummary summary, PrintWriter out) {
        if (json) {
            out.println(Json.line(summary));
            return;
        }
        out.println(summaryLine(summary));
    }

    /**
     * Says what the run left and the command that goes on: the URLs still queued (the page budget spent, or hosts
     * that failed) and the links left beyond {@code --max-depth}: under the human summary on stdout, or beside a JSON
     * summary on stderr (held back by {@code -q}). A resume that found nothing left says so on stderr.
     */
    private void printWhatIsLeft(CrawlSummary summary, DataDir data) {
        List<String> lines = new ArrayList<>();
        if (summary.queued() > 0) {
            String why = summary.fetched() >= maxPages ? " (the --max-pages budget of " + maxPages + " was spent)" : "";
            lines.add(count(summary.queued(), "URL") + " still queued" + why + "; go on with: " + resumeCommand(data));
        }
        if (summary.leftAtDepth() > 0) {
            lines.add(count(summary.leftAtDepth(), "link") + " left beyond --max-depth " + maxDepth + "; follow them with: "
                    + resumeCommand(data) + " --max-depth " + (maxDepth + 1));
        }
        PrintWriter out = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        if (!json || !main.quiet()) {
            lines.forEach(line -> out.println((json ? "chanye: " : "") + line));
        }
        boolean nothingDone = summary.fetched() == 0 && summary.errors() == 0 && summary.robotsBlocked() == 0;
        if (resume && nothingDone && summary.queued() == 0 && !main.quiet()) {
            spec.commandLine().getErr().println("chanye: nothing was left to resume in " + data.root()
                    + ": the last crawl had finished" + (summary.leftAtDepth() > 0 ? " within --max-depth " + maxDepth
                    : ""));
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String resumeCommand(DataDir data) {
        return "chanye --data " + data.root() + " crawl --resume";
    }

    /** The summary as one line for people. */
    static String summaryLine(CrawlSummary summary) {
        String removed = summary.removed() == 0 ? "" : ", removed " + summary.removed();
        String badLinks = summary.badLinks() == 0 ? "" : ", bad links " + summary.badLinks();
        String problems = summary.pageProblems() == 0 ? "" : ", page problems " + summary.pageProblems();
        problems += summary.diverted() == 0 ? "" : ", diverted " + summary.diverted();
        return String.format(Locale.ROOT, "fetched %d, articles %d, indexed %d, duplicates %d, skipped %d, errors %d, "
                        + "robots-blocked %d%s%s%s in %.1f s", summary.fetched(), summary.articles(), summary.indexed(),
                summary.duplicates(), summary.skipped(), summary.errors(), summary.robotsBlocked(), removed,
                badLinks, problems, summary.elapsedMs() / 1000.0);
    }

    private List<String> seeds() {
        List<String> all = new ArrayList<>(seeds);
        if (seedsFile != null) {
            all.addAll(SeedsFile.read(seedsFile));
        }
        return all;
    }

    private void validate(List<String> allSeeds) {
        if (allSeeds.isEmpty() && !resume) {
            throw UserException.usage("no seeds: give --seeds URL, --seeds-file FILE or --resume");
        }
        for (String seed : allSeeds) {
            requireHttpUrl(seed);
        }
        requirePositive("--max-pages", maxPages);
        requirePositive("--concurrency", concurrency);
        requirePositive("--max-list-pages", maxListPages);
        if (maxDepth < 0) {
            throw UserException.usage("--max-depth must be 0 or more, got " + maxDepth);
        }
        if (delayMs < 0) {
            throw UserException.usage("--delay-ms must be 0 or more, got " + delayMs);
        }
        includes.forEach(regex -> requireRegex("--include", regex));
        excludes.forEach(regex -> requireRegex("--exclude", regex));
    }

    private void createWarcDir(DataDir data) {
        if (warcDir == null) {
            return;
        }
        if (Files.exists(warcDir) && !Files.isDirectory(warcDir)) {
            throw UserException.usage("--warc " + warcDir + " is a file, not a directory");
        }
        Path archive = warcDir.toAbsolutePath().normalize();
        for (Path owned : List.of(data.index(), data.crawlState())) {
            if (archive.startsWith(owned.toAbsolutePath().normalize())) {
                throw UserException.usage("--warc " + warcDir + " is inside " + owned + ", which chanye manages"
                        + " (and a re-crawl may delete): choose a directory outside it");
            }
        }
        try {
            Files.createDirectories(warcDir);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName();
            throw UserException.usage("--warc: cannot create directory " + warcDir + ": " + reason);
        }
    }

    private static void requireHttpUrl(String seed) {
        String problem = SeedsFile.problem(seed);
        if (problem != null) {
            throw UserException.usage(problem);
        }
    }

    static void requirePositive(String option, int value) {
        if (value < 1) {
            throw UserException.usage(option + " must be at least 1, got " + value);
        }
    }

    private static void requireRegex(String option, String regex) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw UserException.usage(option + " is not a valid regex: " + regex + " (" + e.getDescription() + ")");
        }
    }
}
