package chanye.cli.site;

import chanye.cli.site.PageTemplate.ArticleView;
import chanye.cli.site.PageTemplate.Link;
import chanye.cli.site.PageTemplate.PageFrame;
import chanye.cli.site.SampleManifest.ArticleEntry;
import chanye.cli.site.SampleManifest.Channel;
import chanye.cli.site.SampleManifest.Redirect;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundled sample news site that {@code chanye demo} serves, crawls, indexes and searches.
 *
 * <p>Everything comes from resources under {@code chanye/cli/site/}: {@code sample/manifest.json} lists the channels
 * and articles, {@code sample/articles/<id>.txt} holds each article's paragraphs (UTF-8, one paragraph a line), and
 * {@code templates/} the three page designs. GBK pages are encoded to GBK bytes here, so the repository stays UTF-8.
 */
public final class SampleSite {

    private static final String FRONT_DESIGN = "portal";
    private static final int HOT_LIST_SIZE = 6;
    private static final int HEADLINES_PER_CHANNEL = 4;

    private SampleSite() {
    }

    /** The sample site's manifest: its articles, list pages, noise phrases and relevance cases. */
    public static SampleManifest manifest() {
        return SiteResources.json("sample/manifest.json", SampleManifest.class);
    }

    /**
     * The paragraphs of an article as written, before any page design wraps them.
     *
     * @param id the article's id in the manifest
     * @throws IllegalStateException when the article has no text resource
     */
    public static List<String> paragraphs(String id) {
        return SiteResources.text("sample/articles/" + id + ".txt").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /**
     * Renders the whole site: front page, channel list pages, article pages, redirects, robots.txt and the
     * disallowed search and admin pages the site links to.
     *
     * @throws IllegalStateException when a resource is missing or a page cannot be encoded in its charset
     */
    public static Site load() {
        return render(Optional.empty());
    }

    /**
     * The site as {@link #load()} renders it, plus a {@code /sitemap.xml} of every article at {@code base},
     * announced in robots.txt; for {@link SiteServer#start(java.util.function.Function)}.
     *
     * @param base the absolute root the site is served at, such as {@code http://127.0.0.1:43817/}
     */
    public static Site load(URI base) {
        return render(Optional.of(Objects.requireNonNull(base, "base")));
    }

    private static Site render(Optional<URI> base) {
        SampleManifest manifest = manifest();
        Map<String, PageTemplate> designs = new HashMap<>();
        Site.Builder site = Site.builder();
        List<ArticleEntry> newestFirst = manifest.articles().stream()
                .sorted(Comparator.comparing(ArticleEntry::publishTime).reversed())
                .toList();
        List<Link> nav = manifest.channels().stream().map(SampleSite::channelLink).toList();
        List<Link> hot = newestFirst.stream().limit(HOT_LIST_SIZE).map(SampleSite::link).toList();
        PageFrame frame = new PageFrame(manifest.siteName(), nav, new Link("/", "首页", ""), hot, PageEncoding.UTF8);
        PageTemplate front = designs.computeIfAbsent(FRONT_DESIGN, PageTemplate::load);

        StringBuilder sections = new StringBuilder();
        for (Channel channel : manifest.channels()) {
            List<Link> items = newestFirst.stream()
                    .filter(a -> a.channel().equals(channel.id()))
                    .map(SampleSite::link)
                    .toList();
            PageFrame channelFrame = frame.inChannel(channelLink(channel));
            sections.append(front.fragment("section.html", channelFrame,
                    Map.of("items", front.items(items.subList(0, Math.min(HEADLINES_PER_CHANNEL, items.size()))))));
            new ChannelListing(channel.dir(), channel.pageSize())
                    .writeTo(site, designs.computeIfAbsent(channel.template(), PageTemplate::load), channelFrame, items);
        }
        List<Link> oldAddresses = manifest.redirects().stream()
                .map(r -> new Link(r.from(), manifest.article(r.to()).map(ArticleEntry::title).orElse(r.to()), ""))
                .toList();
        site.add("/", PageEncoding.UTF8.page(front.page("index.html", frame, "首页",
                Map.of("sections", sections.toString(), "archive", front.items(oldAddresses)))));

        for (ArticleEntry entry : manifest.articles()) {
            try {
                Channel channel = manifest.channel(entry.channel()).orElseThrow(
                        () -> new IllegalArgumentException("unknown channel " + entry.channel()));
                PageEncoding encoding = PageEncoding.of(entry.charset(), entry.charsetDeclared());
                ArticleView view = new ArticleView(frame.inChannel(channelLink(channel)).withEncoding(encoding),
                        entry.title(), entry.displayTime(), entry.source(), entry.author(), paragraphs(entry.id()));
                String html = designs.computeIfAbsent(entry.template(), PageTemplate::load).article(view);
                site.add(entry.path(), encoding.page(html));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("sample article " + entry.path() + ": " + e.getMessage(), e);
            }
        }
        for (Redirect redirect : manifest.redirects()) {
            site.add(redirect.from(), SitePage.redirect(redirect.status(), redirect.to()));
        }
        FixedPages.addTo(site, front, frame, hot, base, newestFirst.stream().map(SampleSite::link).toList());
        return site.build();
    }

    private static Link channelLink(Channel channel) {
        return new Link(new ChannelListing(channel.dir(), channel.pageSize()).pagePath(1), channel.name(), "");
    }

    private static Link link(ArticleEntry entry) {
        return new Link(entry.path(), entry.title(), entry.publishTime().toLocalDate().toString());
    }
}
