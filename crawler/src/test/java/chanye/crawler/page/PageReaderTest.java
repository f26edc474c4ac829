package chanye.crawler.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.crawler.extract.Article;
import chanye.crawler.extract.ContentExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From raw bytes to the article, as the crawler, {@code extract} and {@code classify} read pages. */
class PageReaderTest {

    private final PageReader reader = new PageReader(new ContentExtractor());

    @Test
    void decodesGbkBytesDespiteNoUrl() throws Exception {
        byte[] gbk = resource("table-layout-article.html").getBytes(Charset.forName("GBK"));

        Article article = reader.read(new RawPage(null, gbk, "text/html", Instant.now())).article();

        assertEquals("关于印发《临河市先进制造业集群培育行动方案》的通知", article.title());
        assertEquals(resource("table-layout-article.body.txt").strip(), article.body());
        assertNull(article.url());
    }

    @Test
    void resolvesLinksAndKeepsTheDocumentLocationAsUrl() throws Exception {
        String url = "https://news.example.cn/finance/2023/0210/1000.html";
        byte[] bytes = ("<html><head><link rel=canonical href=\"/finance/1000.html\"></head><body>"
                + "<a href=\"../0211/1001.html\">下一篇</a></body></html>").getBytes(StandardCharsets.UTF_8);

        ParsedPage page = reader.read(new RawPage(url, bytes, "text/html; charset=utf-8", Instant.now()));

        assertEquals(url, page.article().url());
        assertEquals(List.of("https://news.example.cn/finance/2023/0211/1001.html"), page.links().links());
        assertEquals("https://news.example.cn/finance/1000.html", page.links().canonical());
    }

    @Test
    void refusesABinaryBodyByItsKind() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        NotHtmlException e = assertThrows(NotHtmlException.class, () -> reader.read(RawPage.ofFile(png, null)));

        assertEquals("PNG image", e.kind());
    }

    @Test
    void flattensNestingDeeperThanItsBound() throws Exception {
        String nested = "<div>".repeat(20_000) + "<p>深层</p>" + "</div>".repeat(20_000);

        ParsedPage page = reader.read(RawPage.ofFile(nested.getBytes(StandardCharsets.UTF_8), null));

        assertTrue(page.document().text().contains("深层"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PageReaderTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
