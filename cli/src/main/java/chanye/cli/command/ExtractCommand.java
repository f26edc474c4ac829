package chanye.cli.command;

import chanye.cli.Json;
import chanye.cli.UserException;
import chanye.crawler.extract.Article;
import chanye.crawler.extract.ArticleExtractor;
import chanye.crawler.extract.ContentExtractor;
import chanye.crawler.fetch.FetchResponse;
import chanye.crawler.page.NotHtmlException;
import chanye.crawler.page.PageReader;
import chanye.crawler.page.ParsedPage;
import chanye.crawler.page.RawPage;
import chanye.crawler.paging.ArticlePages;
import chanye.crawler.paging.JoinedArticle;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chanye extract}: the article in saved HTML files or at URLs. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article (title, time, source, author, body) from HTML files or URLs.")
public final class ExtractCommand implements Callable<Integer> {

    /** A host name with dots, and maybe a port: how a web address typed without http:// starts. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)(:\\d{1,5})?");

    /** How an address with a scheme starts ({@code ftp://}, {@code file://}): never a file's name. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*");

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Saved HTML files or http(s) URLs.")
    private List<String> inputs;

    @Option(names = "--json", description = "One JSON object per input, one per line.")
    private boolean json;

    /** One input's result, in the contract's field order, then the fields added to it. */
    record Extracted(String file, String url, String title, OffsetDateTime publishTime, String source,
                     String author, String body, @JsonProperty("isArticle") boolean isArticle,
                     boolean publishTimeRelative, int pages, List<String> problems) {

        static Extracted of(String file, Article article, int pages) {
            return new Extracted(file, article.url(), article.title(), article.publishTime(), article.source(),
                    article.author(), article.body(), article.isArticle(), article.publishTimeRelative(), pages,
                    article.problems());
        }
    }

    /** What became of one input: its article, or the one-line reason it has none. */
    private record Outcome(String input, Extracted extracted, String error) {
    }

    /**
     * Starts, on a thread of its own, the one-time work of an extract's first page: loading and initialising the
     * decoder, the parser, the extractor and the JSON writer, on a {@linkplain SamplePage small page} in memory. On a
     * cold JVM that work takes about as long as picocli's reading of the command line, which holds the main thread
     * while the other cores wait: started before it, the two overlap, and the first pages start sooner. Its result is
     * dropped; the command does not wait for it.
     */
    public static void prepareInBackground() {
        Thread thread = new Thread(ExtractCommand::sampleLine, "chanye-extract-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    /** The JSON line of the sample page read as a saved file is: the work of {@link #prepareInBackground()}. */
    static String sampleLine() {
        try {
            RawPage page = RawPage.ofFile(SamplePage.in(StandardCharsets.UTF_8), Instant.now());
            return Json.line(Extracted.of("", new ContentExtractor().extract(PageReader.parse(page), page.fetchedAt()),
                    1));
        } catch (NotHtmlException e) {
            throw new IllegalStateException("the sample page is not HTML", e);
        }
    }

    private final ArticleExtractor extractor = new ContentExtractor();
    private final PageReader reader = new PageReader(extractor);
    private final ArticlePages pages = new ArticlePages(extractor, ArticlePages.DEFAULT_MAX_PAGES);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] failures = {0};
        InOrder.map(inputs, Runtime.getRuntime().availableProcessors(), this::outcome, outcome -> {
            if (outcome.error() == null) {
                print(outcome.extracted(), out);
                outcome.extracted().problems().forEach(problem -> err.println("chanye: " + outcome.input() + ": "
                        + problem));
            } else {
                failures[0]++;
                err.println("chanye: " + outcome.error());
            }
        });
        if (failures[0] > 0) {
            err.println("chanye: " + failures[0] + " of " + inputs.size() + " inputs failed");
            return UserException.FAILURE;
        }
        return 0;
    }

    private Outcome outcome(String input) {
        try {
            return new Outcome(input, extract(input), null);
        } catch (UserException e) {
            return new Outcome(input, null, e.getMessage());
        }
    }

    /**
     * The article of one input. A relative byline (3小时前) is resolved against the moment the page was seen: the
     * fetch for a URL, the file's modification time for a file. The later pages of an article at a URL are read and
     * joined to it; a file's links are not read.
     */
    private Extracted extract(String input) {
        try {
            if (PageFetcher.isUrl(input)) {
                Instant fetched = Instant.now();
                FetchResponse page = PageFetcher.fetch(input);
                ParsedPage first = reader.read(new RawPage(page.finalUrl(), page.body(), page.contentType(), fetched));
                JoinedArticle joined = pages.follow(first, PageFetcher::laterPage);
                return Extracted.of(null, joined.article(), joined.pages().size());
            }
            if (SCHEME.matcher(input).matches()) {
                throw UserException.usage(input + ": not an http(s) URL (only http:// and https:// are fetched)");
            }
            Path file = Path.of(input);
            RawPage page = RawPage.ofFile(readFile(input, file), modified(file));
            return Extracted.of(input, extractor.extract(PageReader.parse(page), page.fetchedAt()), 1);
        } catch (NotHtmlException e) {
            throw UserException.failure(input + ": not HTML (" + e.kind() + ")", null);
        }
    }

    /** The file's modification time, or {@code null} when the file system does not say. */
    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    /** The bytes of the file named {@code name} on the command line; an unreadable or empty file is an error. */
    private static byte[] readFile(String name, Path file) {
        if (Files.isDirectory(file)) {
            throw UserException.usage(name + ": is a directory, not an HTML file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw UserException.usage(name + ": no such file" + (looksLikeAddress(name)
                    ? " (a URL starts with http:// or https://)" : ""));
        } catch (AccessDeniedException e) {
            throw UserException.usage(name + ": permission denied");
        } catch (IOException e) {
            throw UserException.usage(name + ": cannot read (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw UserException.usage(name + ": empty file");
        }
        return bytes;
    }

    /** Whether a missing file's name looks like a web address typed without its scheme ({@code www.example.cn/a}). */
    private static boolean looksLikeAddress(String name) {
        int slash = name.indexOf('/');
        Matcher host = HOST.matcher(slash < 0 ? name : name.substring(0, slash));
        if (!host.matches()) {
            return false;
        }
        boolean wholeHost = host.group(3) != null || host.group(1).toLowerCase(Locale.ROOT).startsWith("www.")
                || host.group(1).chars().filter(c -> c == '.').count() >= 2;
        return wholeHost || slash > 0;
    }

    private void print(Extracted result, PrintWriter out) {
        if (json) {
            out.println(Json.line(result));
            return;
        }
        out.println("== " + (result.file() != null ? result.file() : result.url()));
        out.println("title:   " + orUnknown(result.title()));
        out.println("time:    " + orUnknown(result.publishTime())
                + (result.publishTimeRelative() ? " (printed relative to when the page was seen)" : ""));
        out.println("source:  " + orUnknown(result.source()));
        out.println("author:  " + orUnknown(result.author()));
        out.println("article: " + result.isArticle());
        if (result.pages() > 1) {
            out.println("pages:   " + result.pages());
        }
        out.println();
        out.println(result.body());
        out.println();
    }

    private static String orUnknown(Object field) {
        return field == null || field.toString().isBlank() ? "(unknown)" : field.toString();
    }
}
