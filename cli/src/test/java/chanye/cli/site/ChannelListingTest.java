package chanye.cli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.site.PageTemplate.Link;
import chanye.cli.site.PageTemplate.PageFrame;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelListingTest {

    @ParameterizedTest
    @CsvSource({"1, /c/index.html", "2, /c/index_2.html", "17, /c/index_17.html"})
    void namesPagesLikeANewsCms(int page, String path) {
        assertEquals(path, new ChannelListing("/c/", 20).pagePath(page));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "20, 1", "21, 2", "40, 2", "41, 3"})
    void countsPages(int items, int pages) {
        assertEquals(pages, new ChannelListing("/c/", 20).pageCount(items));
    }

    @Test
    void rejectsBadFoldersAndSizes() {
        assertThrows(IllegalArgumentException.class, () -> new ChannelListing("c/", 3));
        assertThrows(IllegalArgumentException.class, () -> new ChannelListing("/c", 3));
        assertThrows(IllegalArgumentException.class, () -> new ChannelListing("/c/", 0));
    }

    @Test
    void writesEveryPageWithItsSliceAndAPager() {
        List<Link> items = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> new Link("/c/a" + i + ".html", "标题" + i, "2024-01-0" + i))
                .toList();
        Link channel = new Link("/c/index.html", "频道", "");
        PageFrame frame = new PageFrame("测试网", List.of(channel), channel, List.of(), PageEncoding.UTF8);
        Site.Builder builder = Site.builder();

        List<String> paths = new ChannelListing("/c/", 3).writeTo(builder, PageTemplate.load("biz"), frame, items);
        Site site = builder.build();

        assertEquals(List.of("/c/index.html", "/c/index_2.html", "/c/index_3.html"), paths);
        String first = site.page("/c/index.html").orElseThrow().decode(StandardCharsets.UTF_8);
        String middle = site.page("/c/index_2.html").orElseThrow().decode(StandardCharsets.UTF_8);
        String last = site.page("/c/index_3.html").orElseThrow().decode(StandardCharsets.UTF_8);
        assertTrue(first.contains("/c/a1.html") && first.contains("/c/a3.html") && !first.contains("/c/a4.html"));
        assertTrue(last.contains("/c/a7.html") && !last.contains("/c/a6.html"));
        assertTrue(first.contains("href=\"/c/index_2.html\">下一页") && !first.contains("上一页"));
        assertTrue(middle.contains("href=\"/c/index.html\">上一页") && middle.contains("href=\"/c/index_3.html\">下一页"));
        assertFalse(last.contains("下一页"));
        assertTrue(last.contains("共3页"));
    }
}
