package chanye.bench.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.site.GeneratedSite;
import chanye.cli.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class FrontierSiteTest {

    @Test
    void theArchiveLinksEveryArticleAndTheSiteKeepsItsPages() {
        GeneratedSite generated = GeneratedSite.generate(45, 9);
        Site site = FrontierSite.of(generated);
        assertEquals(generated.site().size() + 1, site.size());
        assertTrue(site.paths().containsAll(generated.site().paths()));
        String archive = new String(site.page(FrontierSite.ARCHIVE_PATH).orElseThrow().body(),
                StandardCharsets.UTF_8);
        Set<String> links = Jsoup.parse(archive).select("a[href]").stream()
                .map(a -> a.attr("href"))
                .collect(Collectors.toSet());
        assertEquals(generated.articles().keySet(), links);
    }
}
