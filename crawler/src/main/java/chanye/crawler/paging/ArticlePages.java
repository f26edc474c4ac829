package chanye.crawler.paging;

import chanye.crawler.extract.Article;
import chanye.crawler.extract.ArticleExtractor;
import chanye.crawler.extract.ForumPosts;
import chanye.crawler.page.NotHtmlException;
import chanye.crawler.page.PageReader;
import chanye.crawler.page.ParsedPage;
import chanye.crawler.page.RawPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Document;

/**
 * Joins an article split over pages: from the first page's pager, the later pages are fetched in order (each
 * page's "next page" link, else the next number its pager gives) and their text is added to the first page's, without
 * the headline, byline, pager and any opening paragraphs a later page repeats. The article keeps the first page's
 * URL, headline and byline. A forum thread's pager is not followed: its article is its first post, and its later
 * pages hold replies.
 *
 * <p>Guards, each ending the article with the pages read so far and a {@linkplain Article#problems() problem} that
 * names the page: a cap on pages per article; a "next page" link back to a page already read (a loop) or from the
 * first page to itself; a later page that cannot be fetched (an HTTP error, not HTML), has no article text (a short
 * text counts when the page repeats the article's headline, as the last page may hold one paragraph), or repeats the
 * page before it word for word (a pager that never ends). A "next page" link to another site is not followed (the
 * pager's numbers may still lead on) and is a problem too. A "next page" link on a later page to that page itself is
 * how some pagers end, not a fault. Thread-safe.
 */
public final class ArticlePages {

    /** Pages read per article at most, unless told otherwise. */
    public static final int DEFAULT_MAX_PAGES = 20;

    private final ArticleExtractor extractor;
    private final int maxPages;

    /**
     * @param extractor finds the article in each later page, as in the first
     * @param maxPages  pages per article at most, the first included; 1 reads no later page
     */
    public ArticlePages(ArticleExtractor extractor, int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
        }
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.maxPages = maxPages;
    }

    /**
     * Whether a page is a later page of an article met on its own (page 2 linked from elsewhere): its URL carries a
     * page number and its pager links page 1 at another URL. Such a page is read with its first page, never alone.
     */
    public static boolean isLaterPage(ParsedPage page) {
        String url = page.document().location();
        if (url.isEmpty() || !ArticleUrls.hasPageMarker(url)) {
            return false;
        }
        String first = Pager.of(page.document(), url).numbered().get(1);
        return first != null && !ArticleUrls.withoutFragment(first).equals(ArticleUrls.withoutFragment(url));
    }

    /**
     * The links of a later page's pager to the article's other pages, but its first: a crawl that meets a later
     * page on its own queues only the first page, whose reading fetches the rest in order.
     */
    public static Set<String> otherLaterPages(ParsedPage later) {
        String url = ArticleUrls.withoutFragment(later.document().location());
        Pager pager = Pager.of(later.document(), url);
        Set<String> others = new HashSet<>();
        pager.numbered().forEach((number, page) -> {
            if (number > 1) {
                others.add(ArticleUrls.withoutFragment(page));
            }
        });
        if (pager.next() != null) {
            others.add(ArticleUrls.withoutFragment(pager.next()));
        }
        others.remove(url);
        return others;
    }

    /**
     * Reads the later pages of the article on {@code first}, if it has a pager, and joins them.
     *
     * @param first  the first page, read; a page that is no article, or has no URL, is returned as it is
     * @param source where later pages come from
     * @return the article of all its pages
     */
    public JoinedArticle follow(ParsedPage first, PageSource source) {
        Article article = first.article();
        String firstUrl = ArticleUrls.withoutFragment(first.document().location());
        if (!article.isArticle() || firstUrl.isEmpty()) {
            return new JoinedArticle(article, firstUrl.isEmpty() ? List.of() : List.of(firstUrl), List.of());
        }
        Pager pager = Pager.of(first.document(), firstUrl);
        if (pager.isEmpty() || ForumPosts.isThread(first.document())) {
            return new JoinedArticle(article, List.of(firstUrl), List.of());
        }
        Reading reading = new Reading(firstUrl, article);
        reading.note(pager);
        boolean more = true;
        while (more) {
            more = reading.readNext(source);
        }
        return reading.result();
    }

    /** The state of following one article's pages. */
    private final class Reading {

        private final String firstUrl;
        private final Article first;
        private final List<String> paragraphs;
        private final Set<String> firstParagraphs;
        private final List<String> pages = new ArrayList<>();
        private final Set<String> read = new HashSet<>();
        private final Set<String> pagerLinks = new LinkedHashSet<>();
        private final Map<Integer, String> numbered = new TreeMap<>();
        private final List<String> problems;
        private String lastBody;
        private Pager lastPager;

        Reading(String firstUrl, Article first) {
            this.firstUrl = firstUrl;
            this.first = first;
            this.paragraphs = new ArrayList<>(first.body().lines().toList());
            this.firstParagraphs = new HashSet<>(paragraphs);
            this.problems = new ArrayList<>(first.problems());
            this.lastBody = first.body();
            pages.add(firstUrl);
            read.add(firstUrl);
        }

        void note(Pager pager) {
            lastPager = pager;
            pager.numbered().forEach((number, url) -> {
                String page = ArticleUrls.withoutFragment(url);
                numbered.putIfAbsent(number, page);
                pagerLinks.add(page);
            });
            if (pager.next() != null) {
                pagerLinks.add(ArticleUrls.withoutFragment(pager.next()));
            }
        }

        /** Reads the page after the last one read, by the last pager noted; whether there may be another. */
        boolean readNext(PageSource source) {
            Pager pager = lastPager;
            int number = pages.size() + 1;
            String current = pages.get(pages.size() - 1);
            if (pager.nextOffSite() != null) {
                problems.add("the next-page link of page " + pages.size() + " leads to another site ("
                        + pager.nextOffSite() + "), not followed");
            }
            String next = pager.next() != null ? ArticleUrls.withoutFragment(pager.next()) : numbered.get(number);
            if (next == null) {
                return false;
            }
            if (read.contains(next)) {
                if (!next.equals(current) || pages.size() == 1) {
                    problems.add("the next-page link of page " + pages.size() + " leads back to "
                            + (next.equals(current) ? "itself" : "page " + (pages.indexOf(next) + 1))
                            + "; kept " + pages.size() + " page(s)");
                }
                return false;
            }
            if (pages.size() >= maxPages) {
                problems.add("more than " + maxPages + " pages; kept the first " + maxPages);
                return false;
            }
            Document page;
            Article later;
            try {
                RawPage raw = source.fetch(next);
                page = PageReader.parse(raw);
                later = extractor.extract(page, raw.fetchedAt());
            } catch (PageUnavailableException e) {
                return stop(number, next, e.getMessage());
            } catch (NotHtmlException e) {
                return stop(number, next, "not HTML (" + e.kind() + ")");
            }
            String answered = ArticleUrls.withoutFragment(page.location());
            if (!answered.isEmpty() && !answered.equals(next) && read.contains(answered)) {
                return stop(number, next, "redirects back to " + answered);
            }
            if (later.body().isEmpty() || !later.isArticle() && !later.title().equals(first.title())) {
                return stop(number, next, "no article text");
            }
            if (later.body().equals(lastBody)) {
                return stop(number, next, "repeats page " + (number - 1));
            }
            add(later.body());
            lastBody = later.body();
            pages.add(next);
            read.add(next);
            read.add(answered);
            note(Pager.of(page, firstUrl));
            return true;
        }

        private boolean stop(int number, String url, String reason) {
            problems.add("page " + number + " (" + url + "): " + reason + "; kept " + pages.size() + " page(s)");
            return false;
        }

        /** Adds a later page's paragraphs, without the opening ones the first page already has (a repeated lead). */
        private void add(String body) {
            boolean opening = true;
            for (String paragraph : body.lines().toList()) {
                if (opening && (firstParagraphs.contains(paragraph) || paragraph.equals(first.title()))) {
                    continue;
                }
                opening = false;
                paragraphs.add(paragraph);
            }
        }

        JoinedArticle result() {
            pagerLinks.remove(firstUrl);
            Article joined = pages.size() == 1 && problems.equals(first.problems()) ? first
                    : first.withBody(String.join("\n", paragraphs), problems);
            return new JoinedArticle(joined, pages, List.copyOf(pagerLinks));
        }
    }
}
