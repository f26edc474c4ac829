package chanye.cli.command;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.taxonomy.Taxonomy;
import chanye.cli.DataDir;
import chanye.cli.Directories;
import chanye.cli.Main;
import chanye.cli.Terminal;
import chanye.cli.UserException;
import chanye.cli.pipeline.CrawlProgress;
import chanye.cli.pipeline.IndexingCrawl;
import chanye.cli.pipeline.Taxonomies;
import chanye.cli.site.RepublishedSite;
import chanye.cli.site.SampleSite;
import chanye.cli.site.SiteServer;
import chanye.crawler.CrawlConfig;
import chanye.crawler.CrawlSummary;
import chanye.index.ArticleReader;
import chanye.index.IndexBackend;
import chanye.index.IndexStats;
import chanye.index.InvalidQueryException;
import chanye.index.LocalIndex;
import chanye.index.SearchRequest;
import chanye.index.SearchResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chanye demo}: serves the bundled sample news site on loopback, with a second site that republishes some of
 * its articles, crawls both into a fresh data directory and shows the crawl summary, a few searches with their
 * cluster facets, and how many stories the articles tell.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Serve the sample news site on loopback, crawl it into ./chanye-demo-data, search it.")
public final class DemoCommand implements Callable<Integer> {

    private static final Path DEMO_DATA = Path.of("chanye-demo-data");
    /** What a data directory of chanye holds; the demo clears only a directory made of these. */
    private static final Set<String> DATA_ENTRIES = Set.of("index", "crawl", "classifier", "taxonomy.json",
            "chanye-demo.txt");

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--serve", description = "Only serve the sample site on loopback, until stopped (Ctrl-C), for"
            + " crawls of your own (chanye crawl --seeds URL, into the local index or Solr).")
    private boolean serve;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port --serve listens on (default: a free one).")
    private int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (serve) {
            return serve();
        }
        DataDir data = main.dataGiven() ? main.dataDir() : new DataDir(DEMO_DATA);
        clear(data);
        Files.createDirectories(data.root());
        Files.writeString(data.demoMarker(), "Made by chanye demo, which replaces this directory when it runs"
                + " again.\n", StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        Taxonomy taxonomy = Taxonomies.forCrawl(data, null);
        ArticleClassifier classifier = Taxonomies.classifier(taxonomy, data);
        IndexBackend index = new LocalIndex(data.index(), classifier.segmenter());
        try (SiteServer server = SiteServer.start(SampleSite::load);
             SiteServer copies = SiteServer.start(RepublishedSite.load())) {
            String copiesRoot = "http://localhost:" + copies.baseUri().getPort() + "/";
            out.println("serving the sample site at " + server.baseUri() + ", and a site republishing some of its"
                    + " articles at " + copiesRoot);
            CrawlConfig config = CrawlConfig.builder(data.root()).seeds(server.baseUri().toString(), copiesRoot)
                    .maxPages(500).maxDepth(6).delayMs(0).concurrency(2).build();
            CrawlSummary summary;
            try (IndexingCrawl crawl = new IndexingCrawl(config, classifier, index,
                    new CrawlProgress(spec.commandLine().getErr(), System.err, Terminal.detect().interactive(), true,
                            false, config.maxPages()))) {
                summary = crawl.run();
            }
            out.println("crawled into " + data.root() + ": " + CrawlCommand.summaryLine(summary));
        }
        try (ArticleReader searcher = index.openReader()) {
            for (String query : SampleSite.manifest().exampleSearches()) {
                showSearch(searcher, query, out);
            }
            IndexStats stats = searcher.stats();
            out.println();
            out.println(stats.documents() + " articles tell " + stats.stories() + " stories: a copy republished on"
                    + " another site joins the story of the article it copies (chanye stats, chanye search"
                    + " --all-copies).");
        }
        out.println();
        out.println("Try it yourself: ./chanye --data " + data.root() + " search 棉花 --cluster cotton-textile");
        return 0;
    }

    /** Serves the sample site until the process is stopped. */
    private int serve() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw UserException.usage("--port must be from 0 to 65535, got " + port);
        }
        SiteServer server;
        try {
            server = SiteServer.start(SampleSite::load, port);
        } catch (BindException e) {
            throw UserException.failure("cannot serve on 127.0.0.1:" + port + " (" + e.getMessage() + "): give"
                    + " another --port, or none for a free one", e);
        }
        try (server) {
            spec.commandLine().getOut().println("serving the sample site at " + server.baseUri()
                    + " (Ctrl-C stops it)");
            new CountDownLatch(1).await();
            return 0;
        }
    }

    private static void showSearch(ArticleReader searcher, String query, PrintWriter out) throws IOException {
        SearchResponse response;
        try {
            response = searcher.search(new SearchRequest(query, List.of(), null, null, null,
                    SearchRequest.Sort.RELEVANCE, 3, 0));
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("the sample site's example query is invalid: " + query, e);
        }
        Terminal terminal = Terminal.detect();
        out.println();
        out.println(terminal.bold("$ chanye search " + query) + "   (" + SearchCommand.hits(response.total()) + ")");
        out.println("  clusters: " + Facets.format(response.facets().getOrDefault("clusters", Map.of())));
        response.hits().forEach(hit -> {
            long otherSites = hit.otherSites();
            out.println("  - " + hit.title() + "  [" + String.join(", ", hit.clusters()) + "]"
                    + (otherSites == 0 ? "" : "  also on " + otherSites + (otherSites == 1 ? " site" : " sites")));
            out.println("    " + terminal.highlight(Snippets.toText(hit.snippet())));
        });
    }

    /**
     * Empties the demo's data directory, refusing to touch a directory that holds anything but chanye data, or
     * chanye data the demo did not make (a real crawl's, even in {@code ./chanye-demo-data}; a crawl into a directory
     * the demo made removes its marker once it holds the index, so a running crawl's directory is refused too).
     */
    private static void clear(DataDir data) throws IOException {
        Path root = data.root();
        if (!Files.exists(root)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> listing = Files.list(root)) {
            entries = listing.toList();
        }
        List<Path> foreign = entries.stream().filter(p -> !DATA_ENTRIES.contains(p.getFileName().toString())).toList();
        if (!foreign.isEmpty()) {
            throw UserException.failure(root + " holds files that are not chanye data (" + foreign.get(0)
                    + "); remove them or choose another --data", null);
        }
        if (!entries.isEmpty() && !Files.exists(data.demoMarker())) {
            throw UserException.failure(root + " holds chanye data the demo did not make, which the demo would"
                    + " replace; give the demo another --data", null);
        }
        Directories.deleteTree(root);
    }
}
