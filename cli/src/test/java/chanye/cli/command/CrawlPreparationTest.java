package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.crawler.ArticleSink;
import org.junit.jupiter.api.Test;

/** The start-up work of a crawl runs its whole per-page path: the sample page must be read as an article and indexed. */
class CrawlPreparationTest {

    @Test
    void indexesTheSamplePageAsAnArticle() throws Exception {
        assertEquals(ArticleSink.Outcome.INDEXED, CrawlPreparation.prepare());
    }
}
