package chanye.cli.site;

import chanye.cli.site.PageTemplate.ArticleView;
import chanye.cli.site.PageTemplate.Link;
import chanye.cli.site.PageTemplate.PageFrame;
import chanye.cli.site.SampleManifest.ArticleEntry;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A second sample site that republishes (转载) some of the sample site's articles as portals do: a new title, an
 * 原标题 or 编者按 line, another source, paragraphs cut, and one copy taken whole. Read from
 * {@code sample/republished.json}; served beside the sample site, it shows stories: each copy joins the story of the
 * article it copies.
 */
public final class RepublishedSite {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static final int PAGE_SIZE = 10;
    /** The design that has the admin and search pages every served site links to. */
    private static final String FIXED_PAGES_DESIGN = "portal";

    private RepublishedSite() {
    }

    /**
     * What the site republishes.
     *
     * @param siteName the site's name in its pages
     * @param template the page design
     * @param dir      the folder of its list pages
     * @param copies   the copies, each of one sample-site article
     */
    public record Republished(String siteName, String template, String dir, List<Copy> copies) {

        public Republished {
            Objects.requireNonNull(siteName, "siteName");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(dir, "dir");
            copies = List.copyOf(copies);
        }
    }

    /**
     * One republished article.
     *
     * @param of          the id of the sample-site article it copies
     * @param path        where it is served
     * @param title       its new title
     * @param publishTime when the copy was published
     * @param source      the 来源 it gives
     * @param author      the author it gives
     * @param lines       lines the site put before the text: 原标题, 编者按, a source note
     * @param keep        the original's paragraphs it keeps, by index; {@code null} for all
     */
    public record Copy(String of, String path, String title, OffsetDateTime publishTime, String source,
                       String author, List<String> lines, List<Integer> keep) {

        public Copy {
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(publishTime, "publishTime");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(author, "author");
            lines = List.copyOf(lines);
            keep = keep == null ? null : List.copyOf(keep);
        }

        /** The copy's paragraphs: its own lines, then the kept paragraphs of the original. */
        public List<String> paragraphs() {
            List<String> original = SampleSite.paragraphs(of);
            List<String> paragraphs = new ArrayList<>(lines);
            if (keep == null) {
                paragraphs.addAll(original);
            } else {
                keep.forEach(index -> paragraphs.add(original.get(index)));
            }
            return paragraphs;
        }
    }

    /** What the site republishes. */
    public static Republished republished() {
        return SiteResources.json("sample/republished.json", Republished.class);
    }

    /**
     * Renders the site: a front page listing every copy, list pages, the copies and robots.txt. Every link is
     * relative, so the site may be served under any host name (the tests crawl it as {@code localhost}, beside the
     * sample site on {@code 127.0.0.1}).
     *
     * @throws IllegalStateException when a copy names an article the sample site does not have
     */
    public static Site load() {
        Republished republished = republished();
        SampleManifest manifest = SampleSite.manifest();
        PageTemplate design = PageTemplate.load(republished.template());
        ChannelListing listing = new ChannelListing(republished.dir(), PAGE_SIZE);
        Link channel = new Link(listing.pagePath(1), "转载精选", "");
        List<Link> newestFirst = republished.copies().stream()
                .sorted(Comparator.comparing(Copy::publishTime).reversed())
                .map(copy -> new Link(copy.path(), copy.title(), copy.publishTime().toLocalDate().toString()))
                .toList();
        PageFrame frame = new PageFrame(republished.siteName(), List.of(channel), channel,
                newestFirst.subList(0, Math.min(6, newestFirst.size())), PageEncoding.UTF8);
        Site.Builder site = Site.builder();
        site.add("/", PageEncoding.UTF8.page(design.list(frame, newestFirst, "")));
        listing.writeTo(site, design, frame, newestFirst);
        for (Copy copy : republished.copies()) {
            Optional<ArticleEntry> original = manifest.articles().stream()
                    .filter(article -> article.id().equals(copy.of())).findFirst();
            if (original.isEmpty()) {
                throw new IllegalStateException("sample/republished.json: no sample article " + copy.of());
            }
            ArticleView view = new ArticleView(frame, copy.title(), TIME.format(copy.publishTime()), copy.source(),
                    copy.author(), copy.paragraphs());
            site.add(copy.path(), PageEncoding.UTF8.page(design.article(view)));
        }
        FixedPages.addTo(site, PageTemplate.load(FIXED_PAGES_DESIGN), frame, newestFirst, Optional.empty(), List.of());
        return site.build();
    }
}
