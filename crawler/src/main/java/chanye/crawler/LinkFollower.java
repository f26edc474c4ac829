package chanye.crawler;

import chanye.crawler.state.NewUrl;
import chanye.crawler.state.UrlKind;
import chanye.crawler.url.Pagination;
import chanye.crawler.url.UrlFilter;
import chanye.crawler.url.UrlKeys;
import chanye.crawler.url.UrlNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides what becomes of each link a page holds: normalised (a link that cannot be is a bad link, counted and
 * dropped), given its depth (one more than the page's, or the page's own for another page of the same list,
 * {@link Pagination}), then queued when the crawl's filter takes it, deferred when only the depth bound keeps it out,
 * and otherwise dropped. Thread-safe.
 */
final class LinkFollower {

    /**
     * What to do with the links of one page.
     *
     * @param queued   links to fetch in this run
     * @param deferred links beyond the depth bound, that a resume with a larger one would fetch
     */
    record Found(List<NewUrl> queued, List<NewUrl> deferred) {
    }

    private final UrlNormalizer normalizer;
    private final UrlFilter filter;
    private final int maxDepth;
    private final Pagination pagination;
    private final Counters counters;
    private final CrawlListener listener;

    /**
     * @param filter       the crawl's whole filter (scope, include and exclude, depth bound, partition)
     * @param maxDepth     the depth bound {@code filter} applies
     * @param maxListPages the most pages of one list whose links keep the list's depth
     */
    LinkFollower(UrlNormalizer normalizer, UrlFilter filter, int maxDepth, int maxListPages, Counters counters,
                 CrawlListener listener) {
        this.normalizer = Objects.requireNonNull(normalizer);
        this.filter = Objects.requireNonNull(filter);
        this.maxDepth = maxDepth;
        this.pagination = new Pagination(maxListPages);
        this.counters = Objects.requireNonNull(counters);
        this.listener = Objects.requireNonNull(listener);
    }

    /** The normal form of a URL, or {@code null} when it has none ({@link UrlNormalizer#normalize}). */
    String normalize(String url) {
        return normalizer.normalize(url);
    }

    /** The normaliser links are put in their normal form with, to share its cache. */
    UrlNormalizer normalizer() {
        return normalizer;
    }

    /** Whether a queued URL is still to be fetched at its depth, as this run's filter now says. */
    boolean accepts(String url, int depth) {
        return filter.accept(url, depth);
    }

    /** Whether a URL the filter refuses at {@code depth} is kept out by the depth bound alone. */
    boolean onlyTooDeep(String url, int depth) {
        return depth > maxDepth && filter.accept(url, maxDepth);
    }

    /**
     * Sorts the links of a page.
     *
     * @param pageUrl   the page's URL as queued
     * @param pageDepth the page's depth
     * @param hrefs     its links, absolute
     * @param pageLinks those of its links it names as pages of its list (下一页, rel=next, ...)
     */
    Found follow(String pageUrl, int pageDepth, List<String> hrefs, Set<String> pageLinks) {
        List<NewUrl> queued = new ArrayList<>();
        List<NewUrl> deferred = new ArrayList<>();
        Pagination.Page page = pagination.page(pageUrl);
        for (String href : hrefs) {
            String url = normalizer.normalize(href);
            String key = url == null ? null : UrlKeys.queueKey(url);
            if (key == null) {
                if (UrlNormalizer.isHttp(href)) {
                    counters.badLinks.increment();
                    listener.badLink(pageUrl, href);
                }
                continue;
            }
            int depth = page.keepsDepth(url, pageLinks.contains(href)) ? pageDepth : pageDepth + 1;
            if (filter.accept(url, depth)) {
                queued.add(new NewUrl(url, key, depth, UrlKind.PAGE));
            } else if (onlyTooDeep(url, depth)) {
                deferred.add(new NewUrl(url, key, depth, UrlKind.PAGE));
            }
        }
        return new Found(queued, deferred);
    }
}
