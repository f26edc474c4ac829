package chanye.cli.site;

import chanye.cli.site.PageTemplate.ArticleView;
import chanye.cli.site.PageTemplate.Link;
import chanye.cli.site.PageTemplate.PageFrame;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic news site for benchmarks and crash tests: a front page, a paginated list channel
 * ({@value #LIST_PAGE_SIZE} links a page) and any number of article pages written by {@link ArticleTextGenerator},
 * rendered in the same three page designs, with the same noise, as the sample site, plus robots.txt.
 *
 * <p>The same {@code articles} and {@code seed} give the same paths and the same bytes. The front page links every
 * list page, so every article is two links from {@code /}. The whole site is held in memory: about 7 KB a page.
 */
public final class GeneratedSite {

    /** Article links on each list page. */
    public static final int LIST_PAGE_SIZE = 20;

    private static final String SITE_NAME = "丝路产业网";
    private static final String CHANNEL_DIR = "/news/";
    private static final int HEADLINES = 20;
    private static final int HOT_LIST_SIZE = 6;
    /** Salt that keeps the design choices independent of the article text's random stream. */
    private static final long DESIGN_SALT = 0x5DEECE66DL;
    private static final Map<String, DateTimeFormatter> DESIGN_TIME_FORMATS = Map.of(
            "portal", DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm"),
            "gov", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            "biz", DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"));
    private static final List<String> DESIGNS = List.of("portal", "gov", "biz");

    private final Site site;
    private final Map<String, GeneratedArticle> articles;
    private final List<String> listPages;

    private GeneratedSite(Site site, Map<String, GeneratedArticle> articles, List<String> listPages) {
        this.site = site;
        this.articles = Collections.unmodifiableMap(articles);
        this.listPages = List.copyOf(listPages);
    }

    /**
     * Generates a site.
     *
     * @param articles how many article pages, zero or more
     * @param seed     fixes every word and byte of the site
     * @throws IllegalArgumentException when {@code articles} is negative
     */
    public static GeneratedSite generate(int articles, long seed) {
        if (articles < 0) {
            throw new IllegalArgumentException("article count must not be negative: " + articles);
        }
        ArticleTextGenerator generator = new ArticleTextGenerator(seed);
        Map<String, GeneratedArticle> byPath = new LinkedHashMap<>();
        for (int i = 0; i < articles; i++) {
            GeneratedArticle article = generator.next();
            String path = String.format(Locale.ROOT, "%s%s/a%06d.html", CHANNEL_DIR,
                    DateTimeFormatter.ofPattern("yyyy-MM/dd").format(article.publishTime()), i + 1);
            byPath.put(path, article);
        }
        List<Link> newestFirst = byPath.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, GeneratedArticle> e) -> e.getValue().publishTime())
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Link(e.getKey(), e.getValue().title(),
                        e.getValue().publishTime().toLocalDate().toString()))
                .toList();

        ChannelListing listing = new ChannelListing(CHANNEL_DIR, LIST_PAGE_SIZE);
        Link channel = new Link(listing.pagePath(1), "产业资讯", "");
        PageFrame frame = new PageFrame(SITE_NAME, List.of(channel), channel,
                newestFirst.subList(0, Math.min(HOT_LIST_SIZE, newestFirst.size())), PageEncoding.UTF8);
        Map<String, PageTemplate> designs = new LinkedHashMap<>();
        DESIGNS.forEach(name -> designs.put(name, PageTemplate.load(name)));
        PageTemplate front = designs.get("portal");

        Site.Builder site = Site.builder();
        List<Link> archive = new ArrayList<>();
        for (int page = 1; page <= listing.pageCount(newestFirst.size()); page++) {
            archive.add(new Link(listing.pagePath(page), "第" + page + "页", ""));
        }
        String headlines = front.fragment("section.html", frame,
                Map.of("items", front.items(newestFirst.subList(0, Math.min(HEADLINES, newestFirst.size())))));
        site.add("/", frame.encoding().page(front.page("index.html", frame, "首页",
                Map.of("sections", headlines, "archive", front.items(archive)))));
        List<String> listPages = new ArrayList<>(List.of("/"));
        listPages.addAll(listing.writeTo(site, front, frame, newestFirst));

        SplittableRandom designChoice = new SplittableRandom(seed ^ DESIGN_SALT);
        byPath.forEach((path, article) -> {
            String design = DESIGNS.get(designChoice.nextInt(DESIGNS.size()));
            ArticleView view = new ArticleView(frame, article.title(),
                    DESIGN_TIME_FORMATS.get(design).format(article.publishTime()), article.source(),
                    article.author(), List.of(article.body().split("\n")));
            site.add(path, frame.encoding().page(designs.get(design).article(view)));
        });
        FixedPages.addTo(site, front, frame, frame.hot(), Optional.empty(), List.of());
        return new GeneratedSite(site.build(), byPath, listPages);
    }

    /** The site, ready for {@link SiteServer#start(Site)}. */
    public Site site() {
        return site;
    }

    /** Each article page's path with the article it shows, in generation order. */
    public Map<String, GeneratedArticle> articles() {
        return articles;
    }

    /** The front page and list pages: followed by a crawl, never indexed as articles. */
    public List<String> listPages() {
        return listPages;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedSite g && site.equals(g.site);
    }

    @Override
    public int hashCode() {
        return Objects.hash(site);
    }

    @Override
    public String toString() {
        return "GeneratedSite[" + articles.size() + " articles, " + site.size() + " pages]";
    }
}
