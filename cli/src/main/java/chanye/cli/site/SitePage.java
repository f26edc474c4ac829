package chanye.cli.site;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One response a {@link SiteServer} gives for a path: status, content type, body bytes and extra headers.
 *
 * <p>The body is copied in and out, so a page never changes once built and can be served by many threads.
 *
 * @param status      the HTTP status code
 * @param contentType the Content-Type header, or {@code null} to send none
 * @param body        the response body
 * @param headers     further headers, such as {@code Location} for a redirect
 */
public record SitePage(int status, String contentType, byte[] body, Map<String, String> headers) {

    public SitePage {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        body = Objects.requireNonNull(body, "body").clone();
        headers = Map.copyOf(headers);
    }

    /**
     * An HTML page encoded strictly in {@code charset}.
     *
     * @param html            the page text
     * @param charset         the encoding of the bytes served
     * @param declareInHeader whether the Content-Type header names the charset; when {@code false} the header is a
     *                        bare {@code text/html}, as many old Chinese sites send it
     * @throws IllegalArgumentException when the text holds a character the charset cannot encode
     */
    public static SitePage html(String html, Charset charset, boolean declareInHeader) {
        String type = declareInHeader ? "text/html; charset=" + charset.name() : "text/html";
        return new SitePage(200, type, encodeStrictly(html, charset), Map.of());
    }

    /** A 200 response with UTF-8 text of the given media type, such as {@code text/plain} for robots.txt. */
    public static SitePage text(String text, String mediaType) {
        return new SitePage(200, mediaType + "; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A redirect ({@code 301}, {@code 302}, ...) to {@code location}, with an empty body. */
    public static SitePage redirect(int status, String location) {
        if (status < 300 || status > 399) {
            throw new IllegalArgumentException("not a redirect status: " + status);
        }
        return new SitePage(status, null, new byte[0], Map.of("Location", location));
    }

    /** A copy of the body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded from {@code charset}, for checks and tests. */
    public String decode(Charset charset) {
        return new String(body, charset);
    }

    byte[] bodyForServing() {
        return body;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SitePage p && status == p.status && Objects.equals(contentType, p.contentType)
                && Arrays.equals(body, p.body) && headers.equals(p.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, Arrays.hashCode(body), headers);
    }

    @Override
    public String toString() {
        return "SitePage[" + status + ", " + contentType + ", " + body.length + " bytes, " + headers + "]";
    }

    private static byte[] encodeStrictly(String text, Charset charset) {
        try {
            ByteBuffer bytes = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOf(bytes.array(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text cannot be encoded in " + charset.name() + ": " + e.getMessage(), e);
        }
    }
}
