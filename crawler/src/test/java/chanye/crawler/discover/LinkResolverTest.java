package chanye.crawler.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkResolverTest {

    private static final String[] BASES = {"http://news.example.cn/list/", "https://news.example.cn:8443/a/b.html?p=2#x",
        "http://user:pw@NEWS.Example.cn/", "http://[::1]:8080/news/", "http://127.0.0.1", "HTTP://a.cn/./x/../y",
        "not a url", "", "http://news.example.cn/other/page.html?q=1", "http://NEWS.example.cn/x", "http://a.cn:/x",
        "http://a.cn:99999/x", "http://a.cn:-1/x", "http://a..cn/x", "http://-a.cn/x", "https://a.cn/", "http://a.cn?x/y",
        "http://a.cn#x/y", "http:///x", "http://a.cn\\x/y"};

    @ParameterizedTest
    @ValueSource(strings = {"/news/2024-10/23/a001068.html", "/search?q=%E8%A7%A3%E8%AF%BB", "/search?q=", "/", "//cdn.cn/x",
        "/./a.html", "/../a.html", "/a/../b", "/a/./b", "/a/.", "/a#top", "/a b", " /a", "/a\t", "/新闻/一.html",
        "/a?x=/../b", "/a:b@c", "/a\\b", "news/3.html", "?page=2", "#top", "http://other.cn/x", "/%zz", "/a//b",
        "javascript:void(0)", "JavaScript:window.print()", "javascript:", "java\tscript:x", "javascript:\na()",
        "\u0001javascript:x", " javascript:x", "javascript :x", "javascripts:x", "javascrip", "mailto:a@b.cn", "tel:123",
        "ftp://Files.cn/x", "data:text/html,x", "HTTP://A.cn/x"})
    void resolvesEveryLinkAsJsoupDoes(String href) {
        for (String base : BASES) {
            assertSameAsJsoup(base, href);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void resolvesGeneratedLinksAsJsoupDoes(long seed) {
        Random random = new Random(seed);
        String alphabet = "/////..??##%%:@ aZ09-_~!$&'()*+,;=\t\\新";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder href = new StringBuilder(random.nextInt(4) == 0 ? "" : "/");
            for (int n = random.nextInt(12); n > 0; n--) {
                href.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsJsoup(BASES[random.nextInt(BASES.length)], href.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void resolvesGeneratedSchemeLinksAsJsoupDoes(long seed) {
        Random random = new Random(seed);
        String alphabet = "javscriptJAVSCRIPT:: \t\n\u0001(0);/";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder href = new StringBuilder(random.nextBoolean() ? "javascript:" : "");
            for (int n = random.nextInt(14); n > 0; n--) {
                href.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsJsoup(BASES[random.nextInt(BASES.length)], href.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/news/1.html", "2.html"})
    void followsTheBaseElementOfThePage(String href) {
        Document page = Jsoup.parse("<head><base href=\"http://mirror.example.cn/copy/\"></head><body><a href=\"" + href
                + "\">x</a></body>", "http://news.example.cn/list/");
        Element link = page.selectFirst("a");
        assertEquals(link.absUrl("href"), new LinkResolver().resolve(link));
    }

    private static void assertSameAsJsoup(String base, String href) {
        Document page = Jsoup.parse("<a>x</a><a>y</a>", base);
        LinkResolver resolver = new LinkResolver();
        for (Element link : page.select("a")) {
            link.attr("href", href);
            assertEquals(link.absUrl("href"), resolver.resolve(link), () -> "base " + base + ", href " + href);
        }
    }
}
