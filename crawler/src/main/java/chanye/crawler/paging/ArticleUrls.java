package chanye.crawler.paging;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a URL is another page of the same article as a first page's URL, by the forms content systems give
 * them: a number added to the file name ({@code 1234.html}, {@code 1234_2.html}, {@code 1234-3.html}, also from
 * {@code 1234_1.html}), or a page parameter ({@code ?page=2}, {@code &p=3}, {@code ?pn=2}). Which page it is comes from
 * the pager, not from the URL: some systems number the second page {@code _1}.
 */
final class ArticleUrls {

    private static final Pattern NUMBERED_NAME = Pattern.compile("^(.*?)[_-](\\d{1,3})(\\.[A-Za-z0-9]{2,6})?$");
    private static final Set<String> PAGE_PARAMS = Set.of("page", "p", "pn", "pg", "pageno", "page_no", "pagenum",
            "pagenumber", "cp", "curpage", "currentpage", "pageindex", "page_index", "paged");

    private ArticleUrls() {
    }

    /**
     * Whether {@code candidate} is a page of the article whose first page is {@code first}, itself included: the same
     * scheme, host, port and folder, and a file name or query that differs only by a page number.
     */
    static boolean sameArticle(String first, String candidate) {
        URI a = parse(first);
        URI b = parse(candidate);
        if (a == null || b == null || !same(a.getScheme(), b.getScheme()) || !same(a.getHost(), b.getHost())
                || a.getPort() != b.getPort()) {
            return false;
        }
        String pathA = nonNull(a.getRawPath());
        String pathB = nonNull(b.getRawPath());
        String queryA = withoutPageParam(a.getRawQuery());
        String queryB = withoutPageParam(b.getRawQuery());
        if (pathA.equals(pathB)) {
            return queryA.equals(queryB);
        }
        if (!queryA.equals(queryB) || !folder(pathA).equals(folder(pathB))) {
            return false;
        }
        return stem(name(pathA)).equals(stem(name(pathB)));
    }

    /**
     * Whether a URL carries a page number: a page parameter, or a number joined to its file name. The first page of
     * an article may carry one too; a later page always does.
     */
    static boolean hasPageMarker(String url) {
        URI uri = parse(url);
        if (uri == null) {
            return false;
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        return !withoutPageParam(query).equals(query) || NUMBERED_NAME.matcher(name(nonNull(uri.getRawPath()))).matches();
    }

    /** The URL without its fragment: the page it names. */
    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** Whether two URLs are on the same host, whatever their paths. */
    static boolean sameHost(String a, String b) {
        URI ua = parse(a);
        URI ub = parse(b);
        return ua != null && ub != null && same(ua.getHost(), ub.getHost());
    }

    /** A file name without the page number its system added: {@code 1234_2.html} and {@code 1234.html} give 1234.html. */
    private static String stem(String name) {
        Matcher m = NUMBERED_NAME.matcher(name);
        return m.matches() ? m.group(1) + (m.group(3) == null ? "" : m.group(3)) : name;
    }

    /** The query without its page parameter, its other parameters in order; empty when none is left. */
    private static String withoutPageParam(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (PAGE_PARAMS.contains(name) && value.matches("\\d{1,4}")) {
                continue;
            }
            if (!pair.isEmpty()) {
                kept.append(kept.length() == 0 ? "" : "&").append(pair);
            }
        }
        return kept.toString();
    }

    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static URI parse(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            return uri.getHost() == null ? null : uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean same(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
