package chanye.crawler.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void resolvesLinksOnceEachAndSkipsNofollow() {
        PageLinks page = PageLinks.of(Jsoup.parse("<head><link rel=canonical href=\"/news/1.html\"></head><body>"
                + "<a href=\"/news/2.html\">二</a><a href=\"news/3.html\">三</a><a href=\"/news/2.html\">二</a>"
                + "<a href=\"/ad.html\" rel=\"nofollow sponsored\">广告</a><map><area href=\"/map.html\"></map>"
                + "<a href=\"\">空</a><a>无</a></body>", "http://news.example.cn/list/"));
        assertEquals(List.of("http://news.example.cn/news/2.html", "http://news.example.cn/list/news/3.html",
                "http://news.example.cn/map.html"), page.links());
        assertEquals("http://news.example.cn/news/1.html", page.canonical());
        assertFalse(page.noIndex() || page.noFollow());
    }

    @Test
    void tellsThePagerLinksByTheirTextOrRel() {
        PageLinks page = PageLinks.of(Jsoup.parse("<head><link rel=next href=\"list_2.html\"></head><body>"
                + "<a href=\"a.html\">新闻标题</a><a href=\"list_3.html\">3</a><a href=\"more?s=20\"> 下一页 </a>"
                + "<a href=\"more?s=90\">尾页</a><a href=\"x.html\" rel=\"prev\">x</a><a href=\"b.html\">下一篇</a>",
                "http://news.example.cn/news/"));
        assertEquals(Set.of("http://news.example.cn/news/list_2.html", "http://news.example.cn/news/list_3.html",
                "http://news.example.cn/news/more?s=20", "http://news.example.cn/news/more?s=90",
                "http://news.example.cn/news/x.html"), page.pageLinks());
        assertTrue(page.links().contains("http://news.example.cn/news/list_2.html"));
    }

    @Test
    void readsMetaRobots() {
        PageLinks page = PageLinks.of(Jsoup.parse("<meta name=robots content=\"NOINDEX, follow\">",
                "http://news.example.cn/"));
        assertTrue(page.noIndex());
        assertFalse(page.noFollow());
        assertNull(page.canonical());
        assertTrue(PageLinks.of(Jsoup.parse("<meta name=robots content=none>", "http://a.cn/")).noFollow());
    }
}
