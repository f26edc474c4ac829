package chanye.crawler.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
