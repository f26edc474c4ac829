package chanye.crawler.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article extractor: finds the body by text, punctuation and link density over the DOM, with no site-specific
 * rules unless it is given some to refine that generic method.
 *
 * <p>One walk turns the page into lines with per-element ranges ({@link PageText}); the container whose lines weigh
 * most as prose against links and boilerplate holds the article ({@link BodyLocator}); noise blocks, disclaimers,
 * ads and credits are dropped from it ({@link BodyAssembler}); headline, byline time, source and author are read
 * around it. Optional {@link SiteRules} narrow the container or leave elements out, before the same noise removal.
 * Instances hold no mutable state and are safe to share between threads.
 */
public final class ContentExtractor implements ArticleExtractor {


    private final NoiseMarkers markers;
    private final BodyAssembler assembler;
    private final SiteRules siteRules;
    private final Clock clock;

    /** An extractor with the built-in noise markers and no site rules: the generic method alone. */
    public ContentExtractor() {
        this(SiteRules.NONE);
    }

    /**
     * An extractor that refines the generic method with per-site rules.
     *
     * @param siteRules selectors of article containers and of elements to leave out, by host
     */
    public ContentExtractor(SiteRules siteRules) {
        this(siteRules, Clock.systemUTC());
    }

    /**
     * An extractor with per-site rules and its own clock.
     *
     * @param siteRules selectors of article containers and of elements to leave out, by host
     * @param clock     today's date, for a byline printed without its year on a page that gives no other date and
     *                  was not seen at a known moment
     */
    public ContentExtractor(SiteRules siteRules, Clock clock) {
        this.markers = NoiseMarkers.defaults();
        this.assembler = new BodyAssembler(markers);
        this.siteRules = Objects.requireNonNull(siteRules, "siteRules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Article extract(Document document) {
        return extract(document, null);
    }

    @Override
    public Article extract(Document document, Instant reference) {
        Objects.requireNonNull(document, "document");
        SiteRules.Rule rule = siteRules.forUrl(document.location());
        Set<Element> dropped = rule == null || rule.drop() == null ? Set.of() : identitySet(document.select(rule.drop()));
        PageText page = PageText.of(document, dropped, Set.of());
        Article article = extract(document, page, rule, reference);
        List<Element> lifted = ConcealedContent.toLift(page.concealed(), article);
        if (!lifted.isEmpty()) {
            Article shown = extract(document, PageText.of(document, dropped, identitySet(lifted)), rule, reference);
            if (shown.isArticle() && shown.body().length() > article.body().length()) {
                return shown;
            }
        }
        return article;
    }

    private Article extract(Document document, PageText page, SiteRules.Rule rule, Instant reference) {
        TitleFinder.Headline headline = TitleFinder.find(document, page);
        Block container = ruledContainer(document, page, rule);
        if (container == null) {
            container = BodyLocator.locate(page, headline.line(), markers);
        }
        Body body = container == null ? Body.EMPTY : assembler.assemble(page, container, headline.title());
        if (headline.title().isEmpty()) {
            headline = TitleFinder.nearestHeading(page, body.firstProse());
        }
        BylineLines byline = BylineLines.of(page, headline.line(), body.firstProse(), body.lastLine());
        DateTimes.Stamp published = PublishTimeFinder.find(document, page, byline,
                LocalDate.ofInstant(reference != null ? reference : clock.instant(), DateTimes.CHINA), reference);
        String url = document.location().isEmpty() ? null : document.location();
        boolean isArticle = ArticleDetector.isArticle(List.of(headline.title(), document.title()),
                headline.confirmed(), page.linkLines(), body);
        BylineFinder.Credits credits = BylineFinder.credits(byline,
                body.paragraphs().isEmpty() ? null : body.paragraphs().get(0));
        String author = credits.author();
        String source = credits.source();
        if ((source == null || author == null) && WeChatArticle.matches(document, page)) {
            source = source != null ? source : WeChatArticle.account(document);
            author = author != null ? author : WeChatArticle.author(document);
        }
        List<String> problems = !isArticle && body.paragraphs().isEmpty() && WeChatArticle.hasEmptyContent(document, page)
                ? List.of("WeChat article with an empty content element (#js_content): nothing to index")
                : List.of();
        return new Article(url, headline.title(), published == null ? null : published.time(), source, author,
                body.text(), isArticle, published != null && published.relative(), problems);
    }

    /** The container a site rule names, when it is on the page and holds prose; else {@code null}. */
    private static Block ruledContainer(Document document, PageText page, SiteRules.Rule rule) {
        if (rule == null || rule.body() == null) {
            return null;
        }
        Element element = document.selectFirst(rule.body());
        Block block = element == null ? null : page.blockOf(element);
        return block != null && page.proseChars(block.start(), block.end()) > 0 ? block : null;
    }

    private static Set<Element> identitySet(List<Element> elements) {
        if (elements.isEmpty()) {
            return Set.of();
        }
        Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(elements);
        return set;
    }
}
