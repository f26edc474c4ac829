package chanye.crawler.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Generated pages: the one walk over the elements finds what a CSS selection of each kind finds. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void findsWhatTheSelectorsFind(long seed) {
        Random random = new Random(seed);
        String[] parts = {"<a href=\"/news/%d.html\">标题</a>", "<a href='list_%d.html'>%d</a>", "<a href=\"#top\">顶</a>",
            "<a href=\" \">空</a>", "<a href=\"/x/%d\" rel=\"NoFollow\">x</a>", "<A HREF=\"/up/%d\" rel=Prev>上</A>",
            "<area href=\"/map/%d\">", "<area>", "<a>无</a>", "<link rel=\"NEXT\" href=\"/p/%d\">",
            "<link rel=\" next \" href=\"/q/%d\">", "<link rel=prev>", "<link rel=Canonical href=\"/c/%d\">",
            "<link rel=canonical href=\"\">", "<meta name=robots content=\"NOINDEX\">", "<meta name=\"Robots \">",
            "<meta name=robots content=nofollow>", "<base href=\"http://mirror.example.cn/%d/\">",
            "<a href=\"javascript:void(0)\">js</a>", "<a href=\"//cdn.example.cn/%d\">下一页</a>"};
        for (int page = 0; page < 200; page++) {
            StringBuilder html = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                int i = random.nextInt(1000);
                html.append(parts[random.nextInt(parts.length)].replace("%d", Integer.toString(i)));
            }
            Document document = Jsoup.parse(html.toString(), "http://news.example.cn/list/");
            PageLinks found = PageLinks.of(document);
            List<Element> anchors = document.select("a[href], area[href]").stream()
                    .filter(a -> !a.attr("href").isBlank() && !a.attr("href").strip().startsWith("#"))
                    .filter(a -> !a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow"))
                    .filter(a -> !a.absUrl("href").isEmpty()).toList();
            Set<String> links = new LinkedHashSet<>(anchors.stream().map(a -> a.absUrl("href")).toList());
            document.select("link[rel~=(?i)^(next|prev)$][href]").stream().map(l -> l.absUrl("href"))
                    .filter(href -> !href.isEmpty()).forEach(links::add);
            Element canonical = document.selectFirst("link[rel=canonical][href]");
            String robots = document.select("meta[name=robots]").eachAttr("content").toString().toLowerCase(Locale.ROOT);
            String context = html.toString();
            assertEquals(List.copyOf(links), found.links(), context);
            assertEquals(canonical == null || canonical.absUrl("href").isEmpty() ? null : canonical.absUrl("href"),
                    found.canonical(), context);
            assertEquals(robots.contains("noindex") || robots.contains("none"), found.noIndex(), context);
            assertEquals(robots.contains("nofollow") || robots.contains("none"), found.noFollow(), context);
        }
    }

    /** The longest text of each kind a pager link may have is a pager's; the longest of them all has 13 characters. */
    @ParameterizedTest
    @ValueSource(strings = {"previous page", "PREVIOUS PAGE", "older posts", "newer posts", "next page", "last page",
        "[1234]", "第1234页", "最后一页", "下一頁", "<<", "»"})
    void takesTheLongestPagerTexts(String text) {
        PageLinks page = PageLinks.of(Jsoup.parse("<a href=\"/p\"> <b>" + text + "</b>\u00A0</a>", "http://a.cn/"));
        assertEquals(Set.of("http://a.cn/p"), page.pageLinks());
        assertTrue(text.length() <= PageLinks.MAX_PAGER_TEXT, text);
    }

    /**
     * Generated link texts around the longest pager text, with every kind of white space and invisible character,
     * nested, preformatted and split (a block splits a link in two): a link is a pager link exactly when its whole text
     * matches.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void tellsPagerTextsAsTheirWholeTextDoes(long seed) {
        Random random = new Random(seed);
        String[] parts = {"previous", "page", "next", "older", "posts", "下一页", "第", "页", "12", "3", "[", "]", "<", "»",
            " ", "  ", "\u00A0", "\u200B", "\u00AD", "\u3000", "\t", "\n", "<b>", "</b>", "<br>", "<pre>", "</pre>",
            "<!-- x -->", "<span> </span>", "&nbsp;", "&#8203;", "\uD83D\uDE00", "<script>next</script>", "x"};
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            Document document = Jsoup.parse("<a href=\"/p\">" + text + "</a>", "http://a.cn/");
            boolean pager = document.select("a").stream()
                    .anyMatch(a -> PageLinks.PAGER_TEXT.matcher(a.text().strip()).matches());
            assertEquals(pager, PageLinks.of(document).pageLinks().contains("http://a.cn/p"), text::toString);
        }
    }
}
