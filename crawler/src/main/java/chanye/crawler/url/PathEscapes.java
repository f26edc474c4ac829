package chanye.crawler.url;

import java.nio.charset.StandardCharsets;

/**
 * Puts a URL's path in one percent-encoded spelling before crawler-commons normalises the URL: an escape of an
 * unreserved character ({@code %41} for {@code A}, {@code %2D} for {@code -}, {@code %7E} for {@code ~}; RFC 3986,
 * section 2.3) becomes the character, other escapes get upper-case hex, a {@code %} that starts no escape becomes
 * {@code %25}, and characters a URL may not hold (non-ASCII, controls, space, {@code "<>[]^`{|}}) are encoded as
 * UTF-8 escapes (an unpaired surrogate as U+FFFD).
 *
 * <p>crawler-commons 1.4's {@code BasicURLNormalizer} does the same decoding and encoding itself, but computes
 * positions in the URL before a change of length and uses them after: an unreserved escape made it throw
 * {@link StringIndexOutOfBoundsException} ({@code /news/%41%42%43?p=1}) or cut the query apart
 * ({@code /~a%7E/list?id=3&page=2} became {@code ?i?page=2}), and a raw character before a dot segment put a
 * {@code ?} into the path ({@code /中/../a} became {@code /%E4%B8%AD/?/a}). With the path in this spelling, its own
 * decoding and encoding leave the length as it is.
 */
final class PathEscapes {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathEscapes() {
    }

    /**
     * The URL with its path in one spelling; the scheme, authority, query and fragment are left as they are.
     *
     * @param url an absolute URL ({@code scheme://authority/path?query#fragment})
     */
    static String normalize(String url) {
        int authority = url.indexOf("//");
        if (authority < 0) {
            return url;
        }
        int path = indexOfAny(url, "/?#", authority + 2);
        if (path < 0 || url.charAt(path) != '/') {
            return url;
        }
        int end = indexOfAny(url, "?#", path);
        if (end < 0) {
            end = url.length();
        }
        StringBuilder out = new StringBuilder(url.length() + 16).append(url, 0, path);
        int i = path;
        while (i < end) {
            char c = url.charAt(i);
            if (c == '%') {
                i = escape(url, i, end, out);
            } else if (c < 0x80 && !mustEscape(c)) {
                out.append(c);
                i++;
            } else {
                int codePoint = url.codePointAt(i);
                boolean paired = Character.charCount(codePoint) == 2 && i + 1 < end;
                encode(paired ? Character.toString(codePoint) : Character.isSurrogate(c) ? "\uFFFD"
                        : String.valueOf(c), out);
                i += paired ? 2 : 1;
            }
        }
        return out.append(url, end, url.length()).toString();
    }

    /** Writes the escape at {@code i} in its one spelling; returns the index after it. */
    private static int escape(String url, int i, int end, StringBuilder out) {
        if (i + 2 >= end || hex(url.charAt(i + 1)) < 0 || hex(url.charAt(i + 2)) < 0) {
            out.append("%25");
            return i + 1;
        }
        int value = hex(url.charAt(i + 1)) * 16 + hex(url.charAt(i + 2));
        if (isUnreserved(value)) {
            out.append((char) value);
        } else {
            appendEscape(value, out);
        }
        return i + 3;
    }

    private static void encode(String character, StringBuilder out) {
        for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
            appendEscape(b & 0xFF, out);
        }
    }

    private static void appendEscape(int value, StringBuilder out) {
        out.append('%').append(HEX[value >> 4]).append(HEX[value & 0xF]);
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean mustEscape(char c) {
        return c <= 0x20 || c == 0x7F || "\"<>[]^`{|}".indexOf(c) >= 0;
    }
}
