package chanye.cli.command;

import chanye.cli.Json;
import chanye.cli.UserException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The options a crawl ran with, kept in its data directory ({@code crawl/options.json}) so that a plain
 * {@code chanye crawl --resume} goes on as the interrupted crawl would have: the same scope, politeness, refetch
 * window and WARC archive. Options given with {@code --resume} win over the kept ones. The page budget is not kept:
 * each run has its own.
 *
 * @param warc the WARC directory, or {@code null} when the crawl archived nothing
 */
record CrawlOptions(List<String> includes, List<String> excludes, int maxDepth, long delayMs, int concurrency,
                    boolean followExternal, String userAgent, String refetchAfter, String warc) {

    CrawlOptions {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** The options kept in {@code file}, if a crawl kept any there. */
    static Optional<CrawlOptions> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8),
                    CrawlOptions.class));
        } catch (JsonProcessingException e) {
            throw UserException.failure(file + ": not the options of a crawl (" + e.getOriginalMessage()
                    + "); delete it and give the crawl's options again", e);
        } catch (IOException e) {
            throw UserException.failure(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Keeps these options in {@code file}, replacing it whole or not at all. */
    void save(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.createDirectories(file.getParent());
        Files.writeString(partial, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this),
                StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
