package chanye.crawler.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs the extractor over page files and prints one JSON line per page in the shape the scoring script reads
 * ({@code file, url, title, publishTime, source, author, body, isArticle}); a file that cannot be read prints a
 * one-line error on stderr and the run goes on. A development aid until {@code chanye extract --json} exists.
 *
 * <p>With {@code --repeat N} first, it instead extracts every page N times and prints the pages per second of the
 * last half of the runs (the first half warms the JIT up), by wall clock and by the thread's CPU time (which a busy
 * shared machine disturbs less).
 */
public final class ExtractionCorpusRunner {

    private ExtractionCorpusRunner() {
    }

    public static void main(String[] args) throws IOException {
        ContentExtractor extractor = new ContentExtractor();
        if (args.length > 1 && "--repeat".equals(args[0])) {
            measure(extractor, Integer.parseInt(args[1]), Arrays.copyOfRange(args, 2, args.length));
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String file : args) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(Path.of(file));
            } catch (IOException e) {
                System.err.println(file + ": cannot read (" + e.getMessage() + ")");
                continue;
            }
            Article article = extractor.extract(bytes, null, null);
            out.println("{\"file\":" + json(file) + ",\"url\":" + json(article.url()) + ",\"title\":"
                    + json(article.title()) + ",\"publishTime\":"
                    + json(article.publishTime() == null ? null : article.publishTime().toString())
                    + ",\"source\":" + json(article.source()) + ",\"author\":" + json(article.author())
                    + ",\"body\":" + json(article.body()) + ",\"isArticle\":" + article.isArticle() + "}");
        }
    }

    private static void measure(ContentExtractor extractor, int repeat, String[] files) throws IOException {
        byte[][] pages = new byte[files.length][];
        for (int i = 0; i < files.length; i++) {
            pages[i] = Files.readAllBytes(Path.of(files[i]));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = 0;
        long cpuStart = 0;
        for (int run = 0; run < repeat; run++) {
            if (run == repeat / 2) {
                start = System.nanoTime();
                cpuStart = threads.getCurrentThreadCpuTime();
            }
            for (byte[] page : pages) {
                extractor.extract(page, null, null);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        int measured = (repeat - repeat / 2) * pages.length;
        System.out.printf("%d pages in %.2f s wall, %.2f s thread CPU: %.0f pages/s wall, %.0f pages/CPU-second%n",
                measured, seconds, cpuSeconds, measured / seconds, measured / cpuSeconds);
    }

    private static String json(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
