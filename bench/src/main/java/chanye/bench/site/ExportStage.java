package chanye.bench.site;

import chanye.bench.Results;
import chanye.cli.site.GeneratedSite;
import chanye.cli.site.Site;
import chanye.cli.site.SitePage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench export}: writes a generated site as static files, for a web server such as nginx to serve, so that
 * chanye and a peer crawler fetch the same bytes from a server that is neither of them.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a generated news site as static files (index.html for paths ending in /).")
public final class ExportStage implements Callable<Integer> {

    @Option(names = "--articles", required = true, description = "Article pages to generate.")
    private int articles;

    @Option(names = "--seed", defaultValue = "1", description = "The generator's seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Where to write the files.")
    private Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the site's size (JSON).")
    private Path out;

    /** The site written. */
    record Exported(int articles, int listPages, int pages) {
    }

    @Override
    public Integer call() throws IOException {
        GeneratedSite generated = GeneratedSite.generate(articles, seed);
        Site site = generated.site();
        for (String path : site.paths()) {
            SitePage page = site.page(path).orElseThrow();
            if (page.status() != 200) {
                throw new IllegalStateException(path + ": a static file cannot answer " + page.status());
            }
            Path file = dir.resolve((path.endsWith("/") ? path + "index.html" : path).substring(1));
            Files.createDirectories(file.getParent());
            Files.write(file, page.body());
        }
        Results.write(out, new Exported(generated.articles().size(), generated.listPages().size(), site.size()));
        return 0;
    }
}
