package chanye.crawler;

import chanye.crawler.frontier.Frontier;
import chanye.crawler.frontier.Work;
import chanye.crawler.robots.HostRules;
import chanye.crawler.robots.RobotsReader;
import chanye.crawler.url.LruCache;
import chanye.crawler.url.UrlKeys;
import java.util.function.Predicate;

/**
 * Which redirects a fetch may follow: a hop is followed only to a URL its host's robots.txt allows, so that a
 * redirect cannot lead the crawl into a path robots.txt keeps it out of. A hop within the host is checked against
 * the rules already in hand; a hop to another host against that host's rules, the frontier's when it has read
 * them, otherwise read here once and kept for the {@value #HOSTS_KEPT} hosts used last (not given to the frontier,
 * so that a host's own robots.txt read still queues its sitemaps). Thread-safe.
 */
final class RedirectRobots {

    private static final int HOSTS_KEPT = 1_000;

    private final Frontier frontier;
    private final RobotsReader reader;
    private final LruCache<String, HostRules> read = new LruCache<>(HOSTS_KEPT);

    RedirectRobots(Frontier frontier, RobotsReader reader) {
        this.frontier = frontier;
        this.reader = reader;
    }

    /**
     * The redirect check for a fetch from {@code host} (a {@link UrlKeys#queueKey}), whose robots.txt gave
     * {@code rules}.
     */
    Predicate<String> from(String host, HostRules rules) {
        return target -> {
            String targetHost = UrlKeys.queueKey(target);
            return targetHost != null && (host.equals(targetHost) ? rules : rulesOf(targetHost, target)).allows(target);
        };
    }

    private HostRules rulesOf(String host, String url) {
        HostRules known = frontier.rulesOf(host);
        if (known == null) {
            known = read.get(host);
        }
        if (known == null) {
            known = reader.read(Work.originOf(url));
            read.put(host, known);
        }
        return known;
    }
}
