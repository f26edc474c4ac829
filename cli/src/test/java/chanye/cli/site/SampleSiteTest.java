package chanye.cli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.site.SampleManifest.ArticleEntry;
import chanye.cli.site.SampleManifest.Channel;
import chanye.cli.site.SampleManifest.RelevanceCase;
import chanye.crawler.charset.DecodedHtml;
import chanye.crawler.charset.HtmlDecoder;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleSiteTest {

    private static final SampleManifest MANIFEST = SampleSite.manifest();
    private static final Site SITE = SampleSite.load();
    private static final List<String> CLUSTER_IDS = List.of("oil-gas", "coal", "mining", "grain-oil",
            "cotton-textile", "fruit-veg", "livestock", "new-energy");
    private static final Map<String, String> ARTICLE_TEXT = MANIFEST.articles().stream().collect(Collectors.toMap(
            ArticleEntry::path, a -> a.title() + "\n" + String.join("\n", SampleSite.paragraphs(a.id()))));

    static Stream<ArticleEntry> articles() {
        return MANIFEST.articles().stream();
    }

    @Test
    void coversEveryClusterTwiceInThreeDesignsWithSomeUnrelatedArticles() {
        List<ArticleEntry> articles = MANIFEST.articles();
        assertTrue(articles.size() >= 12, "articles: " + articles.size());
        assertTrue(articles.stream().map(ArticleEntry::template).distinct().count() >= 3);
        Map<String, Long> perCluster = articles.stream().flatMap(a -> a.clusters().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Set.copyOf(CLUSTER_IDS), perCluster.keySet());
        perCluster.forEach((cluster, count) -> assertTrue(count >= 2, cluster + " appears " + count + " times"));
        long unrelated = articles.stream().filter(a -> a.clusters().isEmpty()).count();
        assertTrue(unrelated >= 3 && unrelated <= 4, "unrelated: " + unrelated);
        assertTrue(articles.stream().filter(a -> a.clusters().size() == 2).count() >= 2);
    }

    @Test
    void idsAndPathsAreUnique() {
        assertEquals(MANIFEST.articles().size(), MANIFEST.articles().stream().map(ArticleEntry::id).distinct().count());
        assertEquals(MANIFEST.articles().size(), ARTICLE_TEXT.size());
    }

    @Test
    void servesEveryListedPath() {
        for (String path : ARTICLE_TEXT.keySet()) {
            assertEquals(200, SITE.page(path).orElseThrow(() -> new AssertionError(path)).status(), path);
        }
        for (String path : MANIFEST.listPages()) {
            assertEquals(200, SITE.page(path).orElseThrow(() -> new AssertionError(path)).status(), path);
        }
        for (SampleManifest.Redirect redirect : MANIFEST.redirects()) {
            SitePage page = SITE.page(redirect.from()).orElseThrow();
            assertEquals(redirect.status(), page.status());
            assertEquals(redirect.to(), page.headers().get("Location"));
            assertTrue(ARTICLE_TEXT.containsKey(redirect.to()), redirect.to());
        }
    }

    @Test
    void everyHtmlPageIsAnArticleAListPageOrDisallowed() {
        for (String path : SITE.paths()) {
            SitePage page = SITE.page(path).orElseThrow();
            if (page.status() == 200 && page.contentType().startsWith("text/html")) {
                boolean known = ARTICLE_TEXT.containsKey(path) || MANIFEST.listPages().contains(path)
                        || MANIFEST.robotsDisallowed().stream().anyMatch(path::startsWith);
                assertTrue(known, "page not in the manifest: " + path);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void articlePageShowsItsBylineAndEveryParagraph(ArticleEntry article) {
        String html = SiteLinks.text(SITE.page(article.path()).orElseThrow());
        String text = Jsoup.parse(html).text();
        for (String expected : List.of(article.title(), article.displayTime(), article.source(), article.author())) {
            assertTrue(text.contains(expected), article.path() + " lacks " + expected);
        }
        List<String> paragraphs = SampleSite.paragraphs(article.id());
        paragraphs.forEach(p -> assertTrue(text.contains(p), article.path() + " lacks paragraph " + p));
        int length = paragraphs.stream().mapToInt(String::length).sum();
        assertTrue(length >= 400 && length <= 1500, article.id() + " has " + length + " characters");
    }

    @ParameterizedTest
    @MethodSource("articles")
    void bylineTimeReadsBackAsThePublishTime(ArticleEntry article) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(article.timeFormat());
        LocalDateTime local = article.timeFormat().contains("HH")
                ? LocalDateTime.parse(article.displayTime(), format)
                : LocalDate.parse(article.displayTime(), format).atStartOfDay();
        assertEquals(article.publishTime(), OffsetDateTime.of(local, ZoneOffset.ofHours(8)));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void articlePageCarriesEveryKindOfNoise(ArticleEntry article) {
        String html = SiteLinks.text(SITE.page(article.path()).orElseThrow());
        assertTrue(html.contains(">广告<") || html.contains(">AD<"), "ad marker");
        assertTrue(html.contains("免责声明"), "disclaimer");
        assertTrue(html.contains("扩展阅读") || html.contains("相关阅读"), "extended reading");
        assertTrue(html.contains("...</"), "teaser ending in ...");
        assertTrue(html.contains("评论") || html.contains("留言"), "comments");
        assertTrue(html.contains("版权所有") || html.contains("©"), "copyright footer");
        assertTrue(html.contains("首页"), "navigation or breadcrumbs");
        assertTrue(html.contains("热点排行") || html.contains("点击排行") || html.contains("热榜"), "hot list");
        int firstParagraph = html.indexOf(SampleSite.paragraphs(article.id()).get(0));
        int lastParagraph = html.lastIndexOf(SampleSite.paragraphs(article.id()).get(2));
        String between = html.substring(firstParagraph, lastParagraph);
        assertTrue(between.contains(">广告<") || between.contains(">AD<") || between.contains(">赞助内容<"),
                "an ad between paragraphs");
    }

    @ParameterizedTest
    @MethodSource("articles")
    void charsetIsDeclaredExactlyAsTheManifestSays(ArticleEntry article) {
        SitePage page = SITE.page(article.path()).orElseThrow();
        String html = page.decode(Charset.forName("GB18030"));
        if (article.charset().equals("UTF-8")) {
            assertEquals("text/html; charset=UTF-8", page.contentType());
            assertTrue(html.contains("charset=utf-8"));
            return;
        }
        assertFalse(isUtf8(page.body()), "GBK bytes must not pass as UTF-8");
        assertTrue(html.contains(article.title()), "GB18030 decodes the GBK bytes");
        if (article.charsetDeclared()) {
            assertEquals("text/html; charset=GBK", page.contentType());
            assertTrue(html.contains("charset=gbk"));
        } else {
            assertEquals("text/html", page.contentType());
            assertFalse(html.toLowerCase().contains("charset"), "no charset anywhere");
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void theCrawlersDecoderReadsEveryPageAsWritten(ArticleEntry article) {
        SitePage page = SITE.page(article.path()).orElseThrow();
        DecodedHtml decoded = HtmlDecoder.decode(page.body(), page.contentType());
        assertTrue(decoded.text().contains(article.title()), article.path() + " decoded as " + decoded.charset());
        assertTrue(decoded.text().contains(SampleSite.paragraphs(article.id()).get(0)), article.path());
    }

    @Test
    void hasAGbkPageDeclaredAndOneDeclaredNowhere() {
        assertTrue(articles().anyMatch(a -> a.charset().equals("GBK") && a.charsetDeclared()));
        assertTrue(articles().anyMatch(a -> a.charset().equals("GBK") && !a.charsetDeclared()));
    }

    @Test
    void noisePhrasesAreOnThePagesButInNoArticle() {
        String allPages = SITE.paths().stream().map(p -> SiteLinks.text(SITE.page(p).orElseThrow()))
                .collect(Collectors.joining("\n"));
        assertTrue(MANIFEST.noisePhrases().size() >= 15);
        for (String phrase : MANIFEST.noisePhrases()) {
            assertTrue(allPages.contains(phrase), "noise phrase on no page: " + phrase);
            ARTICLE_TEXT.forEach((path, text) ->
                    assertFalse(text.contains(phrase), "noise phrase " + phrase + " is in the article " + path));
        }
    }

    @Test
    void relevanceQueriesPointAtTheArticleThatSaysThemMost() {
        assertTrue(MANIFEST.relevance().size() >= 15);
        for (RelevanceCase relevance : MANIFEST.relevance()) {
            String target = ARTICLE_TEXT.get(relevance.path());
            assertNotNull(target, "no article at " + relevance.path());
            for (String word : relevance.query().split(" ")) {
                int inTarget = occurrences(target, word);
                assertTrue(inTarget > 0, relevance.query() + ": " + word + " is not in " + relevance.path());
                ARTICLE_TEXT.forEach((path, text) -> assertTrue(path.equals(relevance.path())
                        || occurrences(text, word) < inTarget, relevance.query() + ": " + path + " says " + word
                        + " as often as " + relevance.path()));
            }
        }
    }

    @Test
    void exampleSearchesFindArticles() {
        assertTrue(MANIFEST.exampleSearches().size() >= 3 && MANIFEST.exampleSearches().size() <= 4);
        for (String query : MANIFEST.exampleSearches()) {
            assertTrue(ARTICLE_TEXT.values().stream().filter(t -> t.contains(query)).count() >= 2, query);
        }
    }

    @Test
    void robotsTxtDisallowsWhatTheManifestSaysAndTheSiteLinksThere() {
        SitePage robots = SITE.page("/robots.txt").orElseThrow();
        BaseRobotRules rules = new SimpleRobotRulesParser().parseContent("http://127.0.0.1/robots.txt",
                robots.body(), robots.contentType(), List.of("chanye"));
        Set<String> linked = new HashSet<>();
        SITE.paths().forEach(p -> linked.addAll(SiteLinks.linksOf(SITE, p)));
        for (String prefix : MANIFEST.robotsDisallowed()) {
            assertFalse(rules.isAllowed("http://127.0.0.1" + prefix), prefix);
            assertTrue(linked.stream().anyMatch(l -> l.startsWith(prefix)), "the site never links to " + prefix);
        }
        ARTICLE_TEXT.keySet().forEach(p -> assertTrue(rules.isAllowed("http://127.0.0.1" + p), p));
        MANIFEST.listPages().forEach(p -> assertTrue(rules.isAllowed("http://127.0.0.1" + p), p));
    }

    @Test
    void channelListsPaginateAndLinkEveryArticleOfTheirChannel() {
        for (Channel channel : MANIFEST.channels()) {
            List<String> pages = MANIFEST.listPages().stream().filter(p -> p.startsWith(channel.dir())).toList();
            assertTrue(pages.size() >= 2, channel.id() + " has one list page");
            Set<String> linked = new HashSet<>();
            pages.forEach(p -> linked.addAll(SiteLinks.linksOf(SITE, p)));
            assertTrue(linked.containsAll(pages), channel.id() + " list pages do not link each other");
            articles().filter(a -> a.channel().equals(channel.id()))
                    .forEach(a -> assertTrue(linked.contains(a.path()), a.path() + " not listed"));
        }
        assertTrue(MANIFEST.listPages().contains("/chanye/index_3.html"));
    }

    @Test
    void everyArticleAndListPageIsReachableFromTheFrontPage() {
        Map<String, Integer> hops = SiteLinks.hopsFromFrontPage(SITE,
                p -> MANIFEST.robotsDisallowed().stream().noneMatch(p::startsWith));
        ARTICLE_TEXT.keySet().forEach(p -> assertTrue(hops.getOrDefault(p, 99) <= 3, p + " hops " + hops.get(p)));
        MANIFEST.listPages().forEach(p -> assertTrue(hops.containsKey(p), p));
    }

    @Test
    void everyLinkARobotsAbidingCrawlerFollowsLeadsToAPage() {
        Map<String, Integer> hops = SiteLinks.hopsFromFrontPage(SITE,
                p -> MANIFEST.robotsDisallowed().stream().noneMatch(p::startsWith));
        hops.keySet().forEach(p -> assertTrue(SITE.page(p).isPresent(), "broken link to " + p));
    }

    @Test
    void theThreeDesignsDifferInStructure() {
        List<Set<String>> classes = new ArrayList<>();
        for (String design : List.of("portal", "gov", "biz")) {
            ArticleEntry article = articles().filter(a -> a.template().equals(design)).findFirst().orElseThrow();
            Set<String> names = new HashSet<>();
            for (Element e : Jsoup.parse(SiteLinks.text(SITE.page(article.path()).orElseThrow())).select("[class]")) {
                names.addAll(e.classNames());
            }
            classes.add(names);
        }
        for (int i = 0; i < classes.size(); i++) {
            for (int j = i + 1; j < classes.size(); j++) {
                Set<String> shared = new HashSet<>(classes.get(i));
                shared.retainAll(classes.get(j));
                assertTrue(shared.size() * 5 < Math.min(classes.get(i).size(), classes.get(j).size()),
                        "designs share classes " + shared);
            }
        }
    }

    @Test
    void paragraphsOfAnUnknownArticleAreAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SampleSite.paragraphs("no-such"));
        assertTrue(e.getMessage().contains("sample/articles/no-such.txt"), e.getMessage());
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
