package chanye.crawler.fetch;

import java.util.Objects;

/**
 * What a server answered, after redirects.
 *
 * @param status       the final HTTP status
 * @param finalUrl     the URL that answered, after redirects
 * @param mediaType    the media type, lower-case without parameters; empty when the server sent none
 * @param contentType  the whole Content-Type header, or {@code null}
 * @param body         the raw body (decompressed), or {@code null} when not read: a status other than 2xx, or a
 *                     media type the request did not want
 * @param validators   the response's ETag and Last-Modified
 * @param retryAfterMs the Retry-After header in milliseconds, or -1 when absent or unreadable
 * @param exchange     the request and response headers behind this response, for archiving
 */
public record FetchResponse(int status, String finalUrl, String mediaType, String contentType, byte[] body,
                            Validators validators, long retryAfterMs, Exchange exchange) {

    public FetchResponse {
        Objects.requireNonNull(finalUrl, "finalUrl");
        mediaType = Objects.requireNonNullElse(mediaType, "");
        validators = Objects.requireNonNullElse(validators, Validators.NONE);
        Objects.requireNonNull(exchange, "exchange");
    }

    /** A response from a fetcher that keeps no headers beyond Content-Type (see {@link Exchange#ofContentType}). */
    public FetchResponse(int status, String finalUrl, String mediaType, String contentType, byte[] body,
                         Validators validators, long retryAfterMs) {
        this(status, finalUrl, mediaType, contentType, body, validators, retryAfterMs,
                Exchange.ofContentType(contentType));
    }
}
