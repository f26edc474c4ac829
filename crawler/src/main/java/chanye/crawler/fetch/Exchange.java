package chanye.crawler.fetch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP exchange behind a {@link FetchResponse}, as far as the fetcher saw it: the request headers sent and the
 * response's status line and headers. The crawl itself reads none of it; it is kept so that a
 * {@link chanye.crawler.archive.ResponseArchive} can record what was sent and answered.
 *
 * @param method          the request method
 * @param requestHeaders  the request headers as sent, in order
 * @param reason          the response's reason phrase (empty when the server or the protocol gave none)
 * @param responseHeaders the response headers; after gzip inflation by the fetcher they no longer name the
 *                        encoding or the compressed length
 * @param ipAddress       the address of the server that answered, or {@code null} when not known
 * @param sentAt          when the request was sent
 */
public record Exchange(String method, List<Header> requestHeaders, String reason, List<Header> responseHeaders,
                       String ipAddress, Instant sentAt) {

    /** One header line. */
    public record Header(String name, String value) {

        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public Exchange {
        Objects.requireNonNull(method, "method");
        requestHeaders = List.copyOf(requestHeaders);
        reason = Objects.requireNonNullElse(reason, "");
        responseHeaders = List.copyOf(responseHeaders);
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /**
     * What is known of a GET whose fetcher kept no more than the response's Content-Type: no request headers, no
     * reason phrase, no address, sent now.
     *
     * @param contentType the Content-Type header, or {@code null}
     */
    public static Exchange ofContentType(String contentType) {
        List<Header> headers = new ArrayList<>();
        if (contentType != null) {
            headers.add(new Header("Content-Type", contentType));
        }
        return new Exchange("GET", List.of(), "", headers, null, Instant.now());
    }
}
