package chanye.bench.extract;

import chanye.crawler.extract.Article;
import chanye.crawler.extract.ArticleExtractor;
import chanye.crawler.page.NotHtmlException;
import chanye.crawler.page.PageReader;
import chanye.crawler.page.RawPage;
import java.nio.file.Path;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * One saved page of an extraction corpus, held as raw bytes so that every timed extraction pays for decoding and
 * parsing as the crawler does.
 *
 * @param file  the page's {@code page.html}, as the corpus path was given (the scorer matches on its folder name)
 * @param bytes the file's bytes
 */
public record CorpusPage(Path file, byte[] bytes) {

    public CorpusPage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
    }

    /**
     * Decodes and parses the page as the crawler does.
     *
     * @throws IllegalStateException when the page is not HTML at all, which a corpus page must be
     */
    public Document parse() {
        try {
            return PageReader.parse(RawPage.ofFile(bytes, null));
        } catch (NotHtmlException e) {
            throw new IllegalStateException(file + ": not HTML (" + e.kind() + ")", e);
        }
    }

    /** Decodes, parses and extracts the page, the work the crawler does per fetched page. */
    public Article extract(ArticleExtractor extractor) {
        return extractor.extract(parse());
    }
}
