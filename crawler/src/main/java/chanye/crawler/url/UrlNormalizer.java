package chanye.crawler.url;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the many spellings of one page's URL into one, so that the seen set fetches each page once.
 *
 * <p>crawler-commons' {@link BasicURLNormalizer} lower-cases scheme and host, drops default ports and fragments,
 * resolves dot segments, normalises percent-encoding and sorts the query; on top of that this class removes
 * tracking parameters ({@code utm_*}, {@code spm}, click ids) and session ids, both as query parameters and as
 * {@code ;jsessionid=} path parameters. The path is put in one percent-encoded spelling first ({@link PathEscapes}),
 * as crawler-commons 1.4 fails on some spellings; a host with an escape left in it (an IPv6 zone) is refused. Only http and https URLs are kept; a URL that cannot be
 * normalised is {@code null}, never an exception. The last 20,000 results are remembered, since navigation links
 * repeat on every page of a site. Thread-safe.
 */
public final class UrlNormalizer {

    private static final Set<String> TRACKING_PARAMS = Set.of("spm", "fbclid", "gclid", "dclid", "msclkid",
            "yclid", "from", "share_token", "scm", "_hsenc", "_hsmi", "mc_cid", "mc_eid", "igshid",
            "jsessionid", "phpsessid", "sid", "sessionid", "session_id", "aspsessionid", "cfid", "cftoken");
    private static final Pattern SESSION_PATH_PARAM =
            Pattern.compile(";(?:jsessionid|phpsessid|sid|sessionid)=[^/?#]*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_URL_LENGTH = 2048;

    private static final String INVALID = "";

    private final BasicURLNormalizer basic = new BasicURLNormalizer();
    private final LruCache<String, String> recent = new LruCache<>(20_000);

    /**
     * Normalises a URL.
     *
     * @param url an absolute URL
     * @return the normal form, or {@code null} when the URL is not an absolute http(s) URL with a host, is malformed, or
     *         it or its normal form is longer than 2,048 characters (a common sign of a trap)
     */
    public String normalize(String url) {
        if (url == null || url.length() > MAX_URL_LENGTH) {
            return null;
        }
        String known = recent.get(url);
        if (known == null) {
            known = Objects.requireNonNullElse(compute(url), INVALID);
            recent.put(url, known);
        }
        return known.isEmpty() ? null : known;
    }

    /**
     * Whether a URL names the http or https scheme: for such a URL, a {@code null} from {@link #normalize} means a
     * malformed (or overlong) URL, not merely one the crawl does not fetch, such as {@code mailto:}.
     */
    public static boolean isHttp(String url) {
        String trimmed = url == null ? "" : url.strip();
        return trimmed.regionMatches(true, 0, "http://", 0, 7) || trimmed.regionMatches(true, 0, "https://", 0, 8);
    }

    private String compute(String url) {
        if (!isHttp(url)) {
            return null;
        }
        String trimmed = url.strip();
        String withoutSession = SESSION_PATH_PARAM.matcher(trimmed).replaceAll("");
        String normal;
        try {
            normal = basic.filter(PathEscapes.normalize(withoutSession));
        } catch (RuntimeException e) {
            return null;
        }
        String host = normal == null ? null : ScopeFilter.hostOf(normal);
        if (host == null || host.indexOf('%') >= 0) {
            return null;
        }
        String kept = dropTrackingParams(normal);
        return kept.length() > MAX_URL_LENGTH ? null : kept;
    }

    private static String dropTrackingParams(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        String kept = Arrays.stream(url.substring(q + 1).split("&"))
                .filter(param -> !param.isEmpty() && !isTracking(param))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? url.substring(0, q) : url.substring(0, q + 1) + kept;
    }

    private static boolean isTracking(String param) {
        int eq = param.indexOf('=');
        String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMS.contains(name);
    }
}
