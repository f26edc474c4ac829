package chanye.crawler.testkit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One canned HTTP answer of a {@link SiteServer}.
 *
 * @param status  the status code
 * @param headers response headers
 * @param body    the body bytes (empty for none)
 * @param delayMs how long to wait before answering
 */
public record Reply(int status, Map<String, String> headers, byte[] body, long delayMs) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    /** A 200 UTF-8 HTML page. */
    public static Reply html(String html) {
        return bytes("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 page encoded in the given charset, with the given Content-Type header. */
    public static Reply encoded(String text, Charset charset, String contentType) {
        return bytes(contentType, text.getBytes(charset));
    }

    /** A 200 with any body and Content-Type ({@code null}: no Content-Type header). */
    public static Reply bytes(String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new Reply(200, headers, body, 0);
    }

    /** A bodiless answer with the given status. */
    public static Reply status(int status) {
        return new Reply(status, Map.of(), new byte[0], 0);
    }

    /** A 302 to the given location. */
    public static Reply redirect(String location) {
        return new Reply(302, Map.of("Location", location), new byte[0], 0);
    }

    /** This reply with one more header. */
    public Reply with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, more, body, delayMs);
    }
}
