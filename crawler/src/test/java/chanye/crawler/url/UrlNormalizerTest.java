package chanye.crawler.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlNormalizerTest {

    private final UrlNormalizer normalizer = new UrlNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTP://News.Example.CN:80/a/../b/./c.html#top | http://news.example.cn/b/c.html",
        "https://news.example.cn/c.html?utm_source=wx&utm_medium=share&id=7 | https://news.example.cn/c.html?id=7",
        "https://news.example.cn/c.html?spm=a1.b2&from=timeline | https://news.example.cn/c.html",
        "http://news.example.cn/c.html?z=2&a=1 | http://news.example.cn/c.html?a=1&z=2",
        "http://news.example.cn/a;jsessionid=0A1B2C?p=1 | http://news.example.cn/a?p=1",
        "http://news.example.cn/list.php?PHPSESSID=abc&page=2 | http://news.example.cn/list.php?page=2",
        "http://news.example.cn | http://news.example.cn/",
        "http://news.example.cn/%e4%b8%ad.html | http://news.example.cn/%E4%B8%AD.html",
        "http://news.example.cn/news/%41%42%43?p=1 | http://news.example.cn/news/ABC?p=1",
        "http://news.example.cn/zt/p%2d1/p%2d2/?q=f | http://news.example.cn/zt/p-1/p-2/?q=f",
        "http://news.example.cn/~a%7E/list?id=3&page=2 | http://news.example.cn/~a~/list?id=3&page=2",
        "http://news.example.cn/%7e/list?page=2&id=3 | http://news.example.cn/~/list?id=3&page=2",
        "http://news.example.cn/a%%4142?b=1 | http://news.example.cn/a%25A42?b=1",
        "http://news.example.cn/a%2Fb%3f?q=%41 | http://news.example.cn/a%2Fb%3F?q=A",
        "http://新闻.中国/a.html | http://xn--efvy88h.xn--fiqs8s/a.html",
    })
    void normalises(String raw, String normal) {
        assertEquals(normal, normalizer.normalize(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://news.example.cn/a", "file:///etc/passwd", "javascript:alert(1)",
        "mailto:editor@example.cn", "/relative/path.html", "http://"})
    void refusesWhatIsNotAnAbsoluteHttpUrl(String raw) {
        assertNull(normalizer.normalize(raw));
    }

    @org.junit.jupiter.api.Test
    void refusesOverlongUrls() {
        assertNull(normalizer.normalize("http://news.example.cn/" + "a/".repeat(1100)));
    }
}
