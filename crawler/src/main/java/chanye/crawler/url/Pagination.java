package chanye.crawler.url;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells a list's own pages among the links of a list page, so that following a channel's pagination does not spend
 * depth: {@code list.html → list_2.html}, {@code /news/ → index_3.shtml}, {@code ?page=4}, {@code /page/5/}, and a
 * link named 下一页 (or next, 尾页, rel=next) to the same path. Each list (a list's URL with its page number taken
 * out) gets this for at most {@code maxListPages} pages in a run; beyond that its pages spend depth like other links,
 * so that an endless calendar or pager ends at the depth bound. Thread-safe.
 */
public final class Pagination {

    private static final Pattern NUMBERED_FILE = Pattern.compile("[_-]\\d{1,5}(\\.[a-z]{2,6})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEX_FILE = Pattern.compile("/(index|default)\\.[a-z]{2,6}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_SEGMENT = Pattern.compile("/page/\\d{1,5}(/|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");
    private static final Set<String> PAGE_PARAMS = Set.of("page", "pageno", "page_no", "pagenum", "pagenumber",
            "pageindex", "pn", "pg", "paged", "curpage", "cur_page");

    private final int maxListPages;
    private final Map<String, Set<String>> pagesByList = new ConcurrentHashMap<>();

    /** @param maxListPages the most pages of one list whose links cost no depth in a run */
    public Pagination(int maxListPages) {
        this.maxListPages = maxListPages;
    }

    /** The page whose links are being followed, worked out once for all its links. */
    public Page page(String pageUrl) {
        return new Page(pageUrl);
    }

    /** A page holding links, with its list's channel. */
    public final class Page {

        private final String url;
        private final String channel;
        private final boolean numbered;
        private final String directory;

        private Page(String url) {
            this.url = url;
            this.channel = channel(url);
            this.numbered = !channel.equals(url);
            int q = channel.indexOf('?');
            this.directory = channel.substring(0, channel.lastIndexOf('/', q < 0 ? channel.length() - 1 : q) + 1);
        }

        /**
         * Whether a link of this page is another page of its list and the list still has pages to give: then the
         * link keeps the page's depth.
         *
         * @param linkUrl   the normalised URL of the link
         * @param namedPage whether the page names the link as a pager link (下一页, rel=next, ...)
         */
        public boolean keepsDepth(String linkUrl, boolean namedPage) {
            String list = listOf(linkUrl, namedPage);
            if (list == null) {
                return false;
            }
            Set<String> pages = pagesByList.computeIfAbsent(list, key -> ConcurrentHashMap.newKeySet());
            if (pages.contains(linkUrl)) {
                return true;
            }
            synchronized (pages) {
                return pages.size() < maxListPages && pages.add(linkUrl) || pages.contains(linkUrl);
            }
        }

        /**
         * The list a link shares with this page, when the link is another page of it: by its URL (the same channel,
         * a page number in either) or by what the page calls it (the same path).
         *
         * @return the list's key (its channel, or its path for a list told by its pager alone), or {@code null} when
         *         the link is not another page of this page's list
         */
        String listOf(String linkUrl, boolean namedPage) {
            if (url.equals(linkUrl) || !namedPage && !linkUrl.startsWith(directory)) {
                return null;
            }
            String linkChannel = channel(linkUrl);
            if (linkChannel.equals(channel) && (numbered || !linkChannel.equals(linkUrl))) {
                return channel;
            }
            String path = pathOf(linkUrl);
            return namedPage && path.equals(pathOf(url)) ? path : null;
        }
    }

    /**
     * The channel a list page belongs to: its URL without a page number ({@code list_2.html} and {@code list.html}
     * give {@code list.html}; {@code index_3.shtml} gives its directory; {@code ?page=4} and {@code /page/5/} are
     * dropped).
     */
    static String channel(String url) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q + 1);
        if (mayEndInPageNumber(path)) {
            path = NUMBERED_FILE.matcher(path).replaceFirst("$1");
        }
        if (mayHoldPageSegment(path)) {
            path = PAGE_SEGMENT.matcher(path).replaceFirst("/");
        }
        if (mayEndInIndexFile(path)) {
            path = INDEX_FILE.matcher(path).replaceFirst("/");
        }
        if (query.isEmpty()) {
            return path;
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(param -> !param.isEmpty() && !isPageParam(param))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? path : path + "?" + kept;
    }

    /*
     * What each pattern needs to match, tested first so that the link of an article costs no matcher: the dot of a
     * numbered file's extension is the path's last and follows a digit; a page segment holds /page/; an index file
     * follows the path's last slash.
     */

    private static boolean mayEndInPageNumber(String path) {
        int dot = path.lastIndexOf('.');
        return dot > 0 && Character.isDigit(path.charAt(dot - 1));
    }

    private static boolean mayHoldPageSegment(String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            if (path.regionMatches(true, slash, "/page/", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayEndInIndexFile(String path) {
        int slash = path.lastIndexOf('/');
        return path.regionMatches(true, slash, "/index.", 0, 7) || path.regionMatches(true, slash, "/default.", 0, 9);
    }

    private static boolean isPageParam(String param) {
        int eq = param.indexOf('=');
        return eq > 0 && PAGE_PARAMS.contains(param.substring(0, eq).toLowerCase(Locale.ROOT))
                && NUMBER.matcher(param.substring(eq + 1)).matches();
    }

    /**
     * The URL without its query and fragment. A plain URL ({@link PlainAuthority}) has no fragment and is read up to
     * its query; any other goes through {@link URI}.
     */
    static String pathOf(String url) {
        if (PlainAuthority.of(url) != null) {
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
