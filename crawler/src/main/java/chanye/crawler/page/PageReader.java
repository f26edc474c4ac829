package chanye.crawler.page;

import chanye.crawler.charset.BinarySniffer;
import chanye.crawler.charset.HtmlDecoder;
import chanye.crawler.discover.PageLinks;
import chanye.crawler.extract.ArticleExtractor;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Makes a {@link RawPage} into a {@link ParsedPage}: a binary body is refused by its kind, the bytes are decoded
 * ({@link HtmlDecoder}: byte-order mark, strict UTF-8, declarations, detection), parsed by jsoup with the page URL as
 * base and a bound on nesting, and the links and the article are read from the one document. Thread-safe when its
 * extractor is.
 */
public final class PageReader {

    /** The deepest element nesting parsed; deeper elements are flattened, so that no page exhausts the stack. */
    private static final int MAX_HTML_DEPTH = 512;

    private final ArticleExtractor extractor;

    /** @param extractor what finds the article in a parsed page */
    public PageReader(ArticleExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Decodes and parses a page, without reading its links or its article.
     *
     * @throws NotHtmlException when the bytes are an image, an archive or other binary data
     */
    public static Document parse(RawPage page) throws NotHtmlException {
        String kind = BinarySniffer.describe(page.body());
        if (kind != null) {
            throw new NotHtmlException(kind);
        }
        return Parser.htmlParser().setMaxDepth(MAX_HTML_DEPTH)
                .parseInput(HtmlDecoder.decode(page.body(), page.contentType()).reader(), page.url());
    }

    /**
     * Decodes and parses a page, and reads its links and its article (a relative byline resolved against the page's
     * {@link RawPage#fetchedAt()}).
     *
     * @throws NotHtmlException when the bytes are an image, an archive or other binary data
     */
    public ParsedPage read(RawPage page) throws NotHtmlException {
        Document document = parse(page);
        return new ParsedPage(document, PageLinks.of(document), extractor.extract(document, page.fetchedAt()));
    }
}
