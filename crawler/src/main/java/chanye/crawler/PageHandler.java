package chanye.crawler;

import chanye.crawler.archive.ResponseArchive;
import chanye.crawler.discover.PageLinks;
import chanye.crawler.discover.SitemapReader;
import chanye.crawler.extract.Article;
import chanye.crawler.extract.ArticleExtractor;
import chanye.crawler.fetch.FetchException;
import chanye.crawler.fetch.FetchRequest;
import chanye.crawler.fetch.FetchResponse;
import chanye.crawler.fetch.Fetcher;
import chanye.crawler.fetch.RedirectRefusedException;
import chanye.crawler.page.NotHtmlException;
import chanye.crawler.page.PageReader;
import chanye.crawler.page.ParsedPage;
import chanye.crawler.page.RawPage;
import chanye.crawler.paging.ArticlePages;
import chanye.crawler.paging.JoinedArticle;
import chanye.crawler.robots.HostRules;
import chanye.crawler.state.Completion;
import chanye.crawler.state.CrawlStore;
import chanye.crawler.state.NewUrl;
import chanye.crawler.state.QueuedUrl;
import chanye.crawler.state.UrlKind;
import chanye.crawler.state.UrlStatus;
import chanye.crawler.url.ScopeFilter;
import chanye.crawler.url.UrlKeys;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Handles one queued URL from fetch to sink: robots check, fetch, status, back-off, decoding, links, canonical,
 * sitemaps and feeds, extraction, and the article hand-off. Every failure of the page, whatever the page or its links
 * hold, becomes a counted, logged failure; only a failing store or archive escapes, as an
 * {@link IOException} that ends the run. A link that cannot be normalised is dropped and counted as a bad link.
 */
final class PageHandler {

    private final Fetcher fetcher;
    private final PageReader reader;
    private final ArticleSink sink;
    private final CrawlStore store;
    private final LinkFollower links;
    private final ScopeFilter scope;
    private final CrawlListener listener;
    private final Counters counters;
    private final CrawlLimits limits;
    private final ResponseArchive archive;
    private final SitemapReader sitemaps = new SitemapReader();
    private final LaterPages laterPages;

    PageHandler(Fetcher fetcher, ArticleExtractor extractor, ArticleSink sink, CrawlStore store, LinkFollower links,
                ScopeFilter scope, CrawlListener listener, Counters counters, CrawlLimits limits,
                ResponseArchive archive) {
        this.fetcher = Objects.requireNonNull(fetcher);
        this.reader = new PageReader(extractor);
        this.sink = Objects.requireNonNull(sink);
        this.store = Objects.requireNonNull(store);
        this.links = Objects.requireNonNull(links);
        this.scope = Objects.requireNonNull(scope);
        this.listener = Objects.requireNonNull(listener);
        this.counters = Objects.requireNonNull(counters);
        this.limits = Objects.requireNonNull(limits);
        this.archive = Objects.requireNonNull(archive);
        this.laterPages = new LaterPages(new ArticlePages(extractor, ArticlePages.DEFAULT_MAX_PAGES), fetcher, archive,
                links.normalizer(), counters, listener, PageHandler::isHtmlOrUnknown);
    }

    /**
     * The request step of one URL of a host whose robots.txt is known: robots check, fetch, status and back-off.
     * A page to read comes back as {@link TaskResult.Fetched}, for {@link #read} once the host is handed back. A page
     * queued by an earlier run that this run's scope (a resume's {@code --exclude}, say) leaves out is not fetched.
     * Every response is given to the archive first.
     *
     * @param mayRedirectTo whether a redirect may be followed to a URL; a refused one ends the URL as blocked
     * @throws IOException when the archive cannot keep the response, or the sink cannot remove a gone page's document
     */
    TaskResult fetch(QueuedUrl entry, HostRules rules, Predicate<String> mayRedirectTo) throws IOException {
        if (entry.kind() == UrlKind.PAGE && !links.accepts(entry.url(), entry.depth())) {
            return new TaskResult.NotRequested(links.onlyTooDeep(entry.url(), entry.depth())
                    ? end(entry, UrlStatus.DEFERRED, "beyond --max-depth")
                    : end(entry, UrlStatus.SKIPPED, "out of this run's scope"));
        }
        if (!rules.allows(entry.url())) {
            return new TaskResult.NotRequested(blocked(entry, "robots.txt"));
        }
        FetchResponse response;
        try {
            response = fetcher.fetch(new FetchRequest(entry.url(), entry.validators(), wantsBody(entry.kind()),
                    mayRedirectTo));
        } catch (RedirectRefusedException e) {
            return new TaskResult.Finished(blocked(entry, "robots.txt (redirect to " + e.target() + ")"));
        } catch (FetchException e) {
            if (e.isTransient() && entry.attempt() < limits.maxRetries()) {
                return new TaskResult.Retry(entry.retried(), backoffMs(entry.attempt(), -1));
            }
            return e.isTransient() ? failOnItsHost(entry, e.getMessage()) : new TaskResult.Finished(fail(entry, e.getMessage()));
        }
        archive.keep(response);
        int status = response.status();
        boolean overloaded = status == 429 || status >= 500;
        if (overloaded && entry.attempt() < limits.maxRetries()) {
            return new TaskResult.Retry(entry.retried(), backoffMs(entry.attempt(), response.retryAfterMs()));
        }
        counters.fetched.increment();
        listener.fetched(entry.url(), status);
        if (status == 304) {
            return new TaskResult.Finished(skip(entry, "unchanged (304)", null));
        }
        if (status == 404 && entry.kind() == UrlKind.SITEMAP) {
            return new TaskResult.Finished(skip(entry, "no sitemap (404)", null));
        }
        if ((status == 404 || status == 410) && entry.kind() != UrlKind.SITEMAP) {
            return new TaskResult.Finished(gone(entry, "HTTP " + status));
        }
        if (status < 200 || status >= 300) {
            return overloaded ? failOnItsHost(entry, "HTTP " + status)
                    : new TaskResult.Finished(fail(entry, "HTTP " + status));
        }
        if (response.body() == null) {
            String type = response.mediaType().isEmpty() ? "no type" : response.mediaType();
            return new TaskResult.Finished(skip(entry, "not HTML (" + type + ")", response));
        }
        return new TaskResult.Fetched(response, Instant.now());
    }

    /**
     * The reading step of a fetched page: a sitemap or feed gives URLs; an HTML page gives links and, when it is
     * an article, an article for the sink, with the text of its later pages when it has a pager.
     *
     * @param turn the host's turn for the later pages of an article
     * @throws IOException when the crawl state cannot be written
     */
    Completion read(QueuedUrl entry, TaskResult.Fetched fetched, HostTurn turn) throws IOException {
        FetchResponse response = fetched.response();
        try {
            if (entry.kind() == UrlKind.SEED && !response.finalUrl().equals(entry.url())) {
                String finalHost = ScopeFilter.hostOf(response.finalUrl());
                if (finalHost != null) {
                    scope.allowHost(finalHost);
                }
            }
            if (entry.kind() == UrlKind.SITEMAP || (entry.kind() == UrlKind.SEED && isXml(response.mediaType()))) {
                return readListing(entry, response, fetched.fetchedAt());
            }
            return readPage(entry, response, fetched.fetchedAt(), turn);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(entry, e);
        }
    }

    /**
     * The end of a URL whose handling threw: whatever a page or a link holds, it fails that page alone, counted and
     * logged with the exception's class and message, and the crawl goes on.
     */
    Completion failed(QueuedUrl entry, Throwable e) {
        return fail(entry, "failed (" + describe(e) + ")");
    }

    /** An exception in a few words: its class and the first line of its message. */
    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
    }

    private Completion readListing(QueuedUrl entry, FetchResponse response, Instant fetchedAt) throws IOException {
        SitemapReader.Listing listing;
        try {
            listing = sitemaps.read(response.finalUrl(), response.contentType(), response.body());
        } catch (IOException | RuntimeException e) {
            return fail(entry, Objects.toString(e.getMessage(), "unreadable sitemap or feed"));
        }
        LinkFollower.Found pages = links.follow(entry.url(), entry.depth(), listing.pages(), Set.of());
        List<NewUrl> found = new ArrayList<>(pages.queued());
        String host = ScopeFilter.hostOf(response.finalUrl());
        for (String nested : listing.sitemaps()) {
            String url = links.normalize(nested);
            if (url != null && Objects.equals(ScopeFilter.hostOf(url), host)) {
                found.add(new NewUrl(url, UrlKeys.queueKey(url), entry.depth(), UrlKind.SITEMAP));
            }
        }
        store.enqueue(found);
        store.defer(pages.deferred());
        return new Completion(entry.url(), UrlStatus.DONE, null, fetchedAt, response.validators(), false);
    }

    private Completion readPage(QueuedUrl entry, FetchResponse response, Instant fetchedAt, HostTurn turn)
            throws IOException {
        ParsedPage parsed;
        try {
            parsed = reader.read(new RawPage(response.finalUrl(), response.body(), response.contentType(), fetchedAt));
        } catch (NotHtmlException e) {
            return fail(entry, e.kind() + " served as " + response.mediaType());
        } catch (RuntimeException | StackOverflowError e) {
            return fail(entry, "unparsable page (" + describe(e) + ")");
        }
        PageLinks page = parsed.links();
        // Only a page with an article can be a later page of one: list_2.html under a list's pager is a list page.
        if (parsed.article().isArticle() && ArticlePages.isLaterPage(parsed)) {
            if (!page.noFollow()) {
                Set<String> others = normalized(ArticlePages.otherLaterPages(parsed), entry.url());
                LinkFollower.Found found = links.follow(entry.url(), entry.depth(), page.links(), page.pageLinks());
                store.enqueue(found.queued().stream().filter(url -> !others.contains(url.url())).toList());
                store.defer(found.deferred().stream().filter(url -> !others.contains(url.url())).toList());
            }
            return skip(entry, "a later page of an article, read with its first page", response);
        }
        boolean isArticle = parsed.article().isArticle() && !page.noIndex();
        JoinedArticle joined = isArticle ? laterPages.follow(parsed, turn)
                : new JoinedArticle(parsed.article(), List.of(), List.of());
        Set<String> ofArticle = normalized(joined.pages(), entry.url());
        ofArticle.addAll(normalized(joined.pagerLinks(), entry.url()));
        if (!page.noFollow()) {
            LinkFollower.Found found = links.follow(entry.url(), entry.depth(), page.links(), page.pageLinks());
            store.enqueue(found.queued().stream().filter(url -> !ofArticle.contains(url.url())).toList());
            store.defer(found.deferred().stream().filter(url -> !ofArticle.contains(url.url())).toList());
        }
        for (String url : ofArticle) {
            store.markSeen(new NewUrl(url, UrlKeys.queueKey(url), entry.depth(), UrlKind.PAGE));
        }
        String documentUrl = documentUrl(entry, response.finalUrl(), page.canonical());
        Article article = joined.article();
        for (String problem : article.problems()) {
            counters.pageProblems.increment();
            listener.pageProblem(documentUrl, problem);
        }
        String indexedAs = null;
        if (isArticle) {
            counters.articles.increment();
            ArticleSink.Outcome outcome;
            try {
                outcome = sink.accept(new CrawledArticle(documentUrl, ScopeFilter.hostOf(documentUrl), fetchedAt,
                        article));
            } catch (ArticleSink.UnavailableException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                return fail(entry, "not stored: " + Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
            }
            (outcome == ArticleSink.Outcome.INDEXED ? counters.indexed : counters.duplicates).increment();
            listener.article(documentUrl, outcome);
            indexedAs = outcome == ArticleSink.Outcome.DUPLICATE ? null : documentUrl;
        }
        return new Completion(entry.url(), UrlStatus.DONE, null, fetchedAt, response.validators(), isArticle,
                indexedAs);
    }

    /** The normal forms of URLs, but for {@code except}. */
    private Set<String> normalized(Collection<String> urls, String except) {
        Set<String> normal = new HashSet<>();
        for (String url : urls) {
            String n = links.normalize(url);
            if (n != null && !n.equals(except)) {
                normal.add(n);
            }
        }
        return normal;
    }

    /**
     * The URL a page is stored under: its canonical URL when that is on the same host, else the URL that answered.
     * Either, when it differs from the queued URL, is marked seen so that it is not fetched again in this run.
     */
    private String documentUrl(QueuedUrl entry, String finalUrl, String canonical) throws IOException {
        String answered = Objects.requireNonNullElse(links.normalize(finalUrl), finalUrl);
        String chosen = answered;
        String normalCanonical = links.normalize(canonical);
        if (normalCanonical != null
                && Objects.equals(ScopeFilter.hostOf(normalCanonical), ScopeFilter.hostOf(answered))) {
            chosen = normalCanonical;
        }
        for (String url : new String[] {answered, chosen}) {
            if (!url.equals(entry.url())) {
                store.markSeen(new NewUrl(url, UrlKeys.queueKey(url), entry.depth(), UrlKind.PAGE));
            }
        }
        return chosen;
    }

    private long backoffMs(int attempt, long retryAfterMs) {
        double jitter = 1 + ThreadLocalRandom.current().nextDouble(0.5);
        long base = retryAfterMs >= 0 ? retryAfterMs
                : limits.retryBase().toMillis() * (1L << Math.min(attempt, 20));
        return Math.min(limits.maxRetryWait().toMillis(), (long) (base * jitter));
    }

    /**
     * A page that answered 404 or 410: an error the first time; when it answered so in an earlier run too, and an
     * article of it is indexed, that document is removed (counted as removed), so that a blip does not delete.
     *
     * @throws ArticleSink.UnavailableException when the sink cannot remove anything now: the run ends, the URL queued
     */
    private Completion gone(QueuedUrl entry, String reason) throws ArticleSink.UnavailableException {
        if (entry.document() == null || entry.goneRuns() < 1) {
            countError(entry.url(), entry.document() == null ? reason
                    : reason + " (its article stays indexed unless it answers so again in a later run)");
            return end(entry, UrlStatus.GONE, reason);
        }
        try {
            if (sink.remove(entry.document())) {
                counters.removed.increment();
                listener.removed(entry.document(), reason + " in two runs");
            }
        } catch (ArticleSink.UnavailableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return fail(entry, "gone (" + reason + ") but not removed: " + describe(e));
        }
        return end(entry, UrlStatus.REMOVED, reason);
    }

    /** Counts and logs a host that cannot be crawled now, such as one whose robots.txt answers a server error. */
    void hostUnavailable(String url, String reason) {
        countError(url, reason);
    }

    private Completion blocked(QueuedUrl entry, String reason) {
        counters.robotsBlocked.increment();
        listener.robotsBlocked(entry.url());
        return end(entry, UrlStatus.BLOCKED, reason);
    }

    private void countError(String url, String reason) {
        counters.errors.increment();
        listener.error(url, reason);
    }

    private Completion fail(QueuedUrl entry, String reason) {
        countError(entry.url(), reason);
        return end(entry, UrlStatus.FAILED, reason);
    }

    /**
     * A failure that says more about the host than the page (a timeout, a refused connection, 429, 5xx, after the
     * retries): counted and logged like any error, but the URL stays queued in the store, so that a resumed run
     * tries it again once the site is back, and the failure counts towards giving the host up.
     */
    private TaskResult failOnItsHost(QueuedUrl entry, String reason) {
        countError(entry.url(), reason);
        return new TaskResult.HostFailed(end(entry, UrlStatus.QUEUED, reason));
    }

    private Completion skip(QueuedUrl entry, String reason, FetchResponse response) {
        counters.skipped.increment();
        listener.skipped(entry.url(), reason);
        return new Completion(entry.url(), UrlStatus.SKIPPED, reason, Instant.now(),
                response == null ? null : response.validators(), false);
    }

    private static Completion end(QueuedUrl entry, UrlStatus status, String reason) {
        return new Completion(entry.url(), status, reason, null, null, false);
    }

    private static Predicate<String> wantsBody(UrlKind kind) {
        return switch (kind) {
            case PAGE -> PageHandler::isHtmlOrUnknown;
            case SEED -> type -> isHtmlOrUnknown(type) || isXml(type);
            case SITEMAP -> type -> true;
        };
    }

    private static boolean isHtmlOrUnknown(String mediaType) {
        return mediaType.isEmpty() || mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    private static boolean isXml(String mediaType) {
        return !mediaType.equals("application/xhtml+xml") && (mediaType.endsWith("/xml")
                || mediaType.endsWith("+xml") || mediaType.equals("application/x-gzip")
                || mediaType.equals("application/gzip"));
    }
}
