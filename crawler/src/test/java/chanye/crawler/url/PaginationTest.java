package chanye.crawler.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.testkit.HostileUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaginationTest {

    private static final String SITE = "http://news.example.cn";

    @ParameterizedTest(name = "{0} -> {1} (named: {2}): {3}")
    @CsvSource({
        "/news/list.html,          /news/list_2.html,               false, true",
        "/news/list_2.html,        /news/list_3.html,               false, true",
        "/news/list_3.html,        /news/list.html,                 false, true",
        "/news/,                   /news/index_2.shtml,             false, true",
        "/news/index.shtml,        /news/index_3.shtml,             false, true",
        "/list.php?cat=3,          /list.php?cat=3&page=4,          false, true",
        "/list.php?cat=3&page=4,   /list.php?cat=4&page=5,          false, false",
        "/news/,                   /news/page/5/,                   false, true",
        "/news/page/5/,            /news/page/6/,                   false, true",
        "/news/page/5/,            /news/,                          false, true",
        "/more.jsp,                /more.jsp?start=20,              true,  true",
        "/more.jsp,                /more.jsp?start=20,              false, false",
        "/news/list.html,          /news/2024-0315-88.html,         false, false",
        "/news/list.html,          /news/list.html,                 false, false",
        "/news/list.html,          /sport/list_2.html,              false, false",
        "/,                        /?p=123,                         false, false",
        "/news/list.html,          /news/other.html,                true,  false",
    })
    void tellsAListsOwnPagesFromOtherLinks(String page, String link, boolean named, boolean sameList) {
        assertEquals(sameList, new Pagination(10).page(SITE + page.strip()).listOf(SITE + link.strip(), named) != null);
    }

    @Test
    void eachListKeepsDepthForAtMostItsCapOfPages() {
        Pagination pagination = new Pagination(2);
        Pagination.Page list = pagination.page(SITE + "/news/list.html");
        assertTrue(list.keepsDepth(SITE + "/news/list_2.html", false));
        assertTrue(pagination.page(SITE + "/news/list_2.html").keepsDepth(SITE + "/news/list_3.html", false));
        assertTrue(list.keepsDepth(SITE + "/news/list_2.html", false), "a page found again still does");
        assertFalse(list.keepsDepth(SITE + "/news/list_4.html", false));
        assertTrue(pagination.page(SITE + "/sport/").keepsDepth(SITE + "/sport/index_2.html", false),
                "another list has its own cap");
    }

    /**
     * Generated URLs of every shape (and hostile ones): the channel is what the three patterns alone make of the path,
     * and the path what {@link URI} reads (the query is read apart), so testing what a pattern needs first changes nothing.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void readsChannelsAndPathsAsThePatternsAndUriDo(long seed) {
        Random random = new Random(seed);
        String[] parts = {"/", "/news", "/page/", "/PAGE/", "/Page", "/page/12", "/page/123456", "list", "_", "-", "2",
            "12345", "123456", ".html", ".HTML", ".shtml", ".h", ".toolongext", "/index", "/INDEX", "/default",
            "/Default.aspx", "index", ".", "..", "%41", "\u0661", "?", "&", "page=3", "p=x", "#"};
        List<String> urls = new ArrayList<>(new HostileUrls(seed).absolute(2_000));
        for (int i = 0; i < 4_000; i++) {
            StringBuilder url = new StringBuilder(SITE);
            for (int n = random.nextInt(8); n > 0; n--) {
                url.append(parts[random.nextInt(parts.length)]);
            }
            urls.add(url.toString());
        }
        for (String url : urls) {
            String path = url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?'));
            assertEquals(channelByPatterns(path), Pagination.channel(path), url);
            assertEquals(pathByUri(url), Pagination.pathOf(url), url);
        }
    }

    /** The channel of a URL without a query, by the three patterns alone. */
    private static String channelByPatterns(String path) {
        String channel = Pattern.compile("[_-]\\d{1,5}(\\.[a-z]{2,6})$", Pattern.CASE_INSENSITIVE).matcher(path)
                .replaceFirst("$1");
        channel = Pattern.compile("/page/\\d{1,5}(/|$)", Pattern.CASE_INSENSITIVE).matcher(channel).replaceFirst("/");
        return Pattern.compile("/(index|default)\\.[a-z]{2,6}$", Pattern.CASE_INSENSITIVE).matcher(channel)
                .replaceFirst("/");
    }

    private static String pathByUri(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
