package chanye.crawler.url;

import java.net.URI;
import java.util.Locale;

/**
 * The host and port of a URL in the plain form of nearly every crawled link, read in one pass instead of through
 * {@link URI}, whose parse of a whole URL is the larger part of a link's handling; for a plain URL they are the host
 * and port {@link URI} gives. Plain means: {@code http://} or {@code https://}, a host of dot-separated labels of
 * letters, digits and inner hyphens whose last label starts with a letter, or a dotted IPv4 address of four numbers
 * of up to three digits, no greater than 255; an optional port of one to five digits; then only characters that a URI
 * path and query hold unescaped, and escapes of two hex digits: no fragment, user, brackets, spaces or non-ASCII.
 * Anything else is not read here, and is left to {@link URI}.
 *
 * @param host the host, lower-case
 * @param port the port, or -1 when the URL names none
 * @param key  the host, and a colon and the port when the URL names one: {@link UrlKeys#queueKey}
 */
record PlainAuthority(String host, int port, String key) {

    private static final String HTTP = "http://";
    private static final String HTTPS = "https://";
    private static final int MAX_PORT_DIGITS = 5;
    /** The ASCII characters a URI path or query holds unescaped: letters, digits and these marks. */
    private static final boolean[] PATH_CHARS = new boolean[128];

    static {
        for (char c = 0; c < PATH_CHARS.length; c++) {
            PATH_CHARS[c] = isAlphanumeric(c) || "-_.!~*'();:@&=+$,/?".indexOf(c) >= 0;
        }
    }

    /** The authority of a plain http(s) URL, or {@code null} when the URL is not plain (see the class comment). */
    static PlainAuthority of(String url) {
        int start = url.startsWith(HTTP) ? HTTP.length() : url.startsWith(HTTPS) ? HTTPS.length() : -1;
        if (start < 0) {
            return null;
        }
        char[] chars = url.toCharArray();
        int length = chars.length;
        int end = start;
        int colon = -1;
        for (char c; end < length && (c = chars[end]) != '/' && c != '?'; end++) {
            if (c == ':' && colon < 0) {
                colon = end;
            }
        }
        if (!plainRest(chars, end)) {
            return null;
        }
        int hostEnd = colon < 0 ? end : colon;
        int port = colon < 0 ? -1 : port(chars, colon + 1, end);
        if (colon >= 0 && port < 0 || !isHostName(chars, start, hostEnd) && !isIpv4(chars, start, hostEnd)) {
            return null;
        }
        String host = url.substring(start, hostEnd).toLowerCase(Locale.ROOT);
        boolean plainPort = colon < 0 || chars[colon + 1] != '0';
        return new PlainAuthority(host, port, plainPort ? url.substring(start, end).toLowerCase(Locale.ROOT)
                : host + ":" + port);
    }

    /** Whether the path and query from {@code from} on hold only unescaped path characters and escapes. */
    private static boolean plainRest(char[] url, int from) {
        for (int i = from; i < url.length; i++) {
            char c = url[i];
            if (c >= PATH_CHARS.length || !PATH_CHARS[c]) {
                if (c != '%' || i + 2 >= url.length || !isHex(url[i + 1]) || !isHex(url[i + 2])) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    /** The port in {@code url[from, to)}: one to five digits; -1 when it is not. */
    private static int port(char[] url, int from, int to) {
        if (to == from || to - from > MAX_PORT_DIGITS) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(url[i])) {
                return -1;
            }
        }
        return number(url, from, to);
    }

    /** Labels of letters, digits and inner hyphens, the last starting with a letter. */
    private static boolean isHostName(char[] url, int from, int to) {
        int label = from;
        for (int i = from; i <= to; i++) {
            if (i == to || url[i] == '.') {
                if (i == label || !isAlphanumeric(url[label]) || !isAlphanumeric(url[i - 1])) {
                    return false;
                }
                if (i == to) {
                    return isLetter(url[label]);
                }
                label = i + 1;
            } else if (!isAlphanumeric(url[i]) && url[i] != '-') {
                return false;
            }
        }
        return false;
    }

    /** Four numbers of one to three digits, none above 255, between dots. */
    private static boolean isIpv4(char[] url, int from, int to) {
        int parts = 0;
        int part = from;
        for (int i = from; i <= to; i++) {
            if (i == to || url[i] == '.') {
                if (i == part || i - part > 3 || number(url, part, i) > 255) {
                    return false;
                }
                parts++;
                part = i + 1;
            } else if (!isDigit(url[i])) {
                return false;
            }
        }
        return parts == 4;
    }

    /** The decimal number of the digits {@code url[from, to)}, at most five of them. */
    private static int number(char[] url, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + url[i] - '0';
        }
        return n;
    }

    private static boolean isAlphanumeric(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
