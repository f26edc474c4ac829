package chanye.bench.site;

import chanye.bench.Results;
import chanye.cli.site.GeneratedSite;
import chanye.cli.site.Site;
import chanye.cli.site.SiteServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench serve}: serves a generated site on loopback until the process is killed, and writes the URL to
 * seed a crawl with, for the script's whole-process crawl runs ({@code chanye crawl} in its own JVM).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a generated news site on 127.0.0.1 until killed.")
public final class ServeStage implements Callable<Integer> {

    @Option(names = "--articles", required = true, description = "Article pages to generate.")
    private int articles;

    @Option(names = "--seed", defaultValue = "1", description = "The generator's seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--archive", description = "Add one page linking every article, and seed the crawl there.")
    private boolean archive;

    @Option(names = "--seed-file", required = true, paramLabel = "FILE",
            description = "Where to write the seed URL once the server is up.")
    private Path seedFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the site's size (JSON).")
    private Path out;

    /** The site served. */
    record Served(int articles, int listPages, int pages, String seedPath) {
    }

    @Override
    public Integer call() throws Exception {
        GeneratedSite generated = GeneratedSite.generate(articles, seed);
        Site site = archive ? FrontierSite.of(generated) : generated.site();
        String seedPath = archive ? FrontierSite.ARCHIVE_PATH : "/";
        try (SiteServer server = SiteServer.start(site)) {
            Results.write(out, new Served(generated.articles().size(), generated.listPages().size(), site.size(),
                    seedPath));
            Path partial = seedFile.resolveSibling(seedFile.getFileName() + ".part");
            Files.writeString(partial, server.uri(seedPath).toString(), StandardCharsets.UTF_8);
            Files.move(partial, seedFile, StandardCopyOption.ATOMIC_MOVE);
            Thread.currentThread().join();
        }
        return 0;
    }
}
