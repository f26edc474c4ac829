package chanye.crawler.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import chanye.crawler.charset.HtmlDecoder;

/**
 * The generic article extractor: finds the body by text, punctuation and link density over the DOM, without
 * site-specific rules.
 *
 * <p>One walk turns the page into lines with per-element ranges ({@link PageText}); the container whose lines weigh
 * most as prose against links and boilerplate holds the article ({@link BodyLocator}); noise blocks, disclaimers,
 * ads and credits are dropped from it ({@link BodyAssembler}); headline, byline time, source and author are read
 * around it. Instances hold no mutable state and are safe to share between threads.
 */
public final class ContentExtractor implements ArticleExtractor {

    private static final int BYLINE_LINES = 12;

    private final BodyAssembler assembler;

    /** An extractor with the built-in noise markers. */
    public ContentExtractor() {
        this.assembler = new BodyAssembler(NoiseMarkers.defaults());
    }

    @Override
    public Article extract(Document document) {
        Objects.requireNonNull(document, "document");
        PageText page = PageText.of(document);
        TitleFinder.Headline headline = TitleFinder.find(document, page);
        Block container = BodyLocator.locate(page);
        Body body = container == null ? Body.EMPTY : assembler.assemble(page, container, headline.title());
        List<TextLine> byline = bylineLines(page, headline.line(), body.firstProse());
        OffsetDateTime published = PublishTimeFinder.find(document, page, byline);
        String url = document.location().isEmpty() ? null : document.location();
        boolean isArticle = ArticleClassifier.isArticle(List.of(headline.title(), document.title()),
                headline.confirmed(), page.linkLines(), body);
        return new Article(url, headline.title(), published, BylineFinder.source(byline), BylineFinder.author(byline),
                body.text(), isArticle);
    }

    /**
     * Decodes and parses raw page bytes, then extracts the article.
     *
     * @param html        the page bytes as fetched or read from a file
     * @param contentType the HTTP Content-Type header, or {@code null}; its charset is one hint among several
     * @param url         the page URL, or {@code null} for a file without one
     * @return the article; never {@code null}
     */
    public Article extract(byte[] html, String contentType, String url) {
        Objects.requireNonNull(html, "html");
        String text = HtmlDecoder.decode(html, contentType).text();
        return extract(Jsoup.parse(text, url == null ? "" : url));
    }

    /**
     * The lines where a byline sits: the dozen after the headline, then the dozen before the first paragraph (the
     * two overlap on compact pages).
     */
    private static List<TextLine> bylineLines(PageText page, int headline, int firstProse) {
        List<TextLine> lines = page.lines();
        int end = firstProse >= 0 ? firstProse : lines.size();
        List<TextLine> byline = new ArrayList<>();
        int afterHeadline = headline >= 0 && headline < end ? Math.min(end, headline + 1 + BYLINE_LINES) : 0;
        if (afterHeadline > 0) {
            byline.addAll(lines.subList(headline + 1, afterHeadline));
        }
        int beforeBody = Math.max(afterHeadline, end - BYLINE_LINES);
        if (firstProse >= 0) {
            byline.addAll(lines.subList(beforeBody, end));
        }
        return byline;
    }
}
