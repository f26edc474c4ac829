package chanye.crawler.page;

import java.time.Instant;
import java.util.Objects;

/**
 * A page as it arrived, before anything is made of it.
 *
 * @param url         the URL that answered (after redirects), the base of its relative links; empty for a file
 *                    read without one
 * @param body        the raw bytes, as fetched (decompressed) or read from a file
 * @param contentType the HTTP Content-Type header, whose charset is one hint among several; {@code null} for a file
 * @param fetchedAt   when the page was fetched, or a saved file's modification time: the moment a relative byline
 *                    (3小时前) is resolved against; {@code null} when unknown
 */
public record RawPage(String url, byte[] body, String contentType, Instant fetchedAt) {

    public RawPage {
        url = Objects.requireNonNullElse(url, "");
        Objects.requireNonNull(body, "body");
    }

    /**
     * A page read from a file, with no URL and no Content-Type.
     *
     * @param modified the file's modification time, or {@code null} when unknown (standard input, say)
     */
    public static RawPage ofFile(byte[] body, Instant modified) {
        return new RawPage("", body, null, modified);
    }
}
