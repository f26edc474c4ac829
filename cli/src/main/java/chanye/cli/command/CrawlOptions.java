package chanye.cli.command;

import chanye.classifier.json.JsonErrors;
import chanye.cli.Json;
import chanye.cli.UserException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
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
 * window, WARC archive, share of hosts and index. Options given with {@code --resume} win over the kept ones. The
 * page budget is not kept: each run has its own. A field missing from the file (an older or hand-edited one) is {@code null}: not kept, so the
 * command line's value stands; fields the file has beyond these are ignored.
 *
 * @param warc         the WARC directory, or {@code null} when the crawl archived nothing
 * @param maxListPages the pages of one list reached without spending depth
 * @param partition    the crawl's share of hosts ({@code --partition I/N}), or {@code null} when it takes them all
 * @param solr         the Solr cluster the crawl indexes into ({@code --solr}), or {@code null} for the local index
 *                     (so that a resume writes where the crawl wrote, whatever {@code $CHANYE_SOLR} says now)
 * @param collection   the Solr collection, or {@code null} for the local index
 */
record CrawlOptions(List<String> includes, List<String> excludes, Integer maxDepth, Long delayMs, Integer concurrency,
                    Boolean followExternal, String userAgent, String refetchAfter, String warc, Integer maxListPages,
                    String partition, String solr, String collection) {

    private static final ObjectReader READER = Json.mapper().readerFor(CrawlOptions.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The options kept in {@code file}, if a crawl kept any there. */
    static Optional<CrawlOptions> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            CrawlOptions options = READER.readValue(Files.readString(file, StandardCharsets.UTF_8));
            if (options == null) {
                throw invalid(file, "null", null);
            }
            return Optional.of(options);
        } catch (JsonProcessingException e) {
            throw invalid(file, JsonErrors.reason(e), e);
        } catch (IOException e) {
            throw UserException.failure(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static UserException invalid(Path file, String reason, Throwable cause) {
        return UserException.failure(file + ": not the options of a crawl (" + reason + "); delete it and give the"
                + " crawl's options again", cause);
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
