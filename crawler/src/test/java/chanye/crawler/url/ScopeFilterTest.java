package chanye.crawler.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeFilterTest {

    private final ScopeFilter filter = new ScopeFilter(Set.of("news.example.cn"), false,
            List.of("/(news|list)/"), List.of("/news/ad/"), 3);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://news.example.cn/news/1.html | 1 | true",
        "https://NEWS.example.cn/list/2.html | 2 | true",
        "http://news.example.cn/news/1.html | 4 | false",
        "http://other.example.cn/news/1.html | 1 | false",
        "http://news.example.cn/about.html | 1 | false",
        "http://news.example.cn/news/ad/9.html | 1 | false",
        "ftp://news.example.cn/news/1.html | 1 | false",
    })
    void keepsScope(String url, int depth, boolean accepted) {
        assertEquals(accepted, filter.accept(url, depth));
    }

    @Test
    void followsOtherHostsWhenAskedOrWhenAllowed() {
        ScopeFilter external = new ScopeFilter(Set.of("news.example.cn"), true, List.of(), List.of(), 2);
        assertTrue(external.accept("http://other.example.cn/x.html", 1));
        filter.allowHost("www.example.cn");
        assertTrue(filter.accept("http://www.example.cn/news/1.html", 1));
    }

    @Test
    void badRegexIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScopeFilter(Set.of(), false, List.of("news/("), List.of(), 1));
        assertTrue(e.getMessage().contains("--include") && e.getMessage().contains("news/("), e.getMessage());
    }
}
