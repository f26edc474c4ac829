package chanye.crawler.paging;

import chanye.crawler.discover.LinkText;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One page's pager: the links to pages of the same article by their number (1 2 3, [2], 第2页) and its "next page"
 * link (下一页, 下页, Next), and a "next page" link that leads off the article's site, which is a fault to report.
 *
 * @param numbered    page number to URL, for the numbered links to pages of the same article
 * @param next        the URL the "next page" link gives, when it is a page of the same article; else {@code null}
 * @param nextOffSite the URL of a "next page" link to another site, or {@code null}
 */
record Pager(Map<Integer, String> numbered, String next, String nextOffSite) {

    static final Pattern NUMBER = Pattern.compile("^[\\[【(（]?\\s*(?:第\\s*)?(\\d{1,3})\\s*(?:页)?\\s*[\\]】)）]?$");
    static final Pattern NEXT = Pattern.compile(
            "^(?:下一页|下一頁|下页|后一页|下一页\\s*[>›»]+|next(?:\\s*page)?\\s*[>›»]*)$", Pattern.CASE_INSENSITIVE);
    static final int MAX_LINK_TEXT = 12;
    /** The characters of the texts {@link #NUMBER} and {@link #NEXT} match, white space aside. */
    static final String CHARACTERS = "[【(（]】)）第页0123456789下一頁后>›»nextpagNEXTPAG";

    Pager {
        numbered = Collections.unmodifiableMap(new TreeMap<>(numbered));
    }

    /**
     * Reads the pager of a page of the article that starts at {@code first}.
     *
     * @param document the page, parsed with its URL as base
     * @param first    the URL of the article's first page
     */
    static Pager of(Document document, String first) {
        Map<Integer, String> numbered = new TreeMap<>();
        String next = null;
        String nextOffSite = null;
        for (Element link : document.getElementsByTag("a")) {
            if (!LinkText.mayBe(link, MAX_LINK_TEXT, CHARACTERS)) {
                continue;
            }
            String text = link.text().strip();
            if (text.isEmpty() || text.length() > MAX_LINK_TEXT || !link.hasAttr("href")) {
                continue;
            }
            Matcher number = NUMBER.matcher(text);
            boolean isNumber = number.matches();
            boolean isNext = !isNumber && NEXT.matcher(text).matches();
            if (!isNext && !isNumber) {
                continue;
            }
            String url = link.absUrl("href");
            if (url.isEmpty()) {
                continue;
            }
            if (ArticleUrls.sameArticle(first, url)) {
                if (isNext) {
                    next = next == null ? url : next;
                } else {
                    numbered.putIfAbsent(Integer.parseInt(number.group(1)), url);
                }
            } else if (isNext && nextOffSite == null && !ArticleUrls.sameHost(first, url)) {
                nextOffSite = url;
            }
        }
        return new Pager(numbered, next, nextOffSite);
    }

    /** Whether the page has a pager that leads anywhere. */
    boolean isEmpty() {
        return numbered.isEmpty() && next == null && nextOffSite == null;
    }
}
