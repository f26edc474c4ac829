package chanye.crawler.robots;

import chanye.crawler.fetch.FetchException;
import crawlercommons.robots.BaseRobotRules;
import java.util.List;
import java.util.Objects;

/**
 * What robots.txt says about one host, as the crawl applies it.
 *
 * @param rules        crawler-commons' parsed rules
 * @param crawlDelayMs the Crawl-delay in milliseconds after capping, or 0 when none is given
 * @param cappedFromMs the Crawl-delay robots.txt asked for when it was capped, or 0 when not capped
 * @param sitemaps     the {@code Sitemap:} URLs listed
 * @param unreachable  why robots.txt could not be fetched at all (connection refused, timeout, unknown host), or
 *                     {@code null} when the host answered; the host's pages are then allowed and tried in turn
 */
public record HostRules(BaseRobotRules rules, long crawlDelayMs, long cappedFromMs, List<String> sitemaps,
                        FetchException unreachable) {

    public HostRules {
        Objects.requireNonNull(rules, "rules");
        sitemaps = List.copyOf(sitemaps);
    }

    /** The rules of a host that answered. */
    public HostRules(BaseRobotRules rules, long crawlDelayMs, long cappedFromMs, List<String> sitemaps) {
        this(rules, crawlDelayMs, cappedFromMs, sitemaps, null);
    }

    /**
     * Whether the host asked to be left alone for now: its robots.txt answered with a server error (5xx, 429), which
     * crawler-commons reads as "defer visits". Its pages are neither allowed nor blocked for good.
     */
    public boolean deferred() {
        return rules.isDeferVisits();
    }

    /** Whether robots.txt allows the URL. */
    public boolean allows(String url) {
        return rules.isAllowed(url);
    }
}
