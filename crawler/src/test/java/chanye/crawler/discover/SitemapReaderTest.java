package chanye.crawler.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {

    private final SitemapReader reader = new SitemapReader();

    @Test
    void readsAUrlSet() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>http://news.example.cn/news/1.html</loc><lastmod>2026-11-20</lastmod></url>"
                + "<url><loc>http://news.example.cn/news/2.html</loc></url></urlset>";
        SitemapReader.Listing listing = reader.read("http://news.example.cn/sitemap.xml", "application/xml",
                xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("http://news.example.cn/news/1.html", "http://news.example.cn/news/2.html"),
                listing.pages());
        assertTrue(listing.sitemaps().isEmpty());
    }

    @Test
    void readsASitemapIndex() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>http://news.example.cn/sitemap-2026-11.xml</loc></sitemap></sitemapindex>";
        SitemapReader.Listing listing = reader.read("http://news.example.cn/sitemap.xml", "text/xml",
                xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("http://news.example.cn/sitemap-2026-11.xml"), listing.sitemaps());
    }

    @Test
    void readsRssAndAtomFeeds() throws IOException {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>产业要闻</title>"
                + "<link>http://news.example.cn/</link><description>最新产业动态</description>"
                + "<item><title>煤电联营项目开工</title><link>http://news.example.cn/news/3.html</link></item>"
                + "</channel></rss>";
        assertEquals(List.of("http://news.example.cn/news/3.html"), reader.read("http://news.example.cn/rss.xml",
                "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8)).pages());
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>产业要闻</title><id>urn:news</id><updated>2026-11-28T08:00:00+08:00</updated>"
                + "<entry><title>光伏组件出口增长</title><id>urn:4</id><updated>2026-11-28T08:00:00+08:00</updated>"
                + "<link href=\"http://news.example.cn/news/4.html\"/></entry></feed>";
        assertEquals(List.of("http://news.example.cn/news/4.html"), reader.read("http://news.example.cn/atom.xml",
                "application/atom+xml", atom.getBytes(StandardCharsets.UTF_8)).pages());
    }

    @Test
    void junkIsAnErrorNamingTheProblem() {
        IOException e = assertThrows(IOException.class, () -> reader.read("http://news.example.cn/sitemap.xml",
                "application/xml", "<html><body>不是站点地图</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("sitemap"), e.getMessage());
    }
}
