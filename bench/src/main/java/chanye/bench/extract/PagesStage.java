package chanye.bench.extract;

import chanye.bench.Results;
import chanye.cli.site.GeneratedArticle;
import chanye.cli.site.GeneratedSite;
import chanye.cli.site.SitePage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench pages}: writes the article pages of a generated site as saved files with their truth, in the layout
 * of a gold corpus ({@code <id>/page.html} and {@code <id>/expected.json}), so that whole {@code chanye extract}
 * processes and a peer's can be timed on the same files and both scored by {@code score_extraction.py}. The pages are
 * the bytes the site would serve, in the encodings it serves (UTF-8, GBK).
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        description = "Write a generated site's article pages as a gold corpus folder.")
public final class PagesStage implements Callable<Integer> {

    private static final DateTimeFormatter PAGE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--articles", required = true, description = "Article pages to write.")
    private int articles;

    @Option(names = "--seed", defaultValue = "1", description = "The generator's seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (created).")
    private Path out;

    /** The truth of one page, in the fields score_extraction.py reads. */
    record Expected(String id, String lang, String page_type, String url, String title, String publish_time,
                    String body) {
    }

    @Override
    public Integer call() throws IOException {
        GeneratedSite site = GeneratedSite.generate(articles, seed);
        int n = 0;
        for (Map.Entry<String, GeneratedArticle> entry : site.articles().entrySet()) {
            String id = String.format("generated-%04d", ++n);
            Path dir = Files.createDirectories(out.resolve(id));
            SitePage page = site.site().page(entry.getKey()).orElseThrow();
            Files.write(dir.resolve("page.html"), page.body());
            GeneratedArticle article = entry.getValue();
            Results.write(dir.resolve("expected.json"), new Expected(id, "zh-Hans", "news",
                    "http://127.0.0.1" + entry.getKey(), article.title(), PAGE_TIME.format(article.publishTime()),
                    article.body()));
        }
        return 0;
    }
}
