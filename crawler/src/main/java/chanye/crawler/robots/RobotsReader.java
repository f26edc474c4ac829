package chanye.crawler.robots;

import chanye.crawler.fetch.FetchException;
import chanye.crawler.fetch.FetchRequest;
import chanye.crawler.fetch.FetchResponse;
import chanye.crawler.fetch.Fetcher;
import chanye.crawler.fetch.Validators;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Fetches and parses a host's robots.txt with crawler-commons' {@link SimpleRobotRulesParser}.
 *
 * <p>A missing robots.txt (4xx) allows everything; a server error (5xx) defers the host as crawler-commons
 * decides; a network failure allows everything, since the pages themselves will fail the same way and be counted,
 * and is reported in {@link HostRules#unreachable}, so that the crawl can say so at once.
 * A Crawl-delay above the cap is lowered to the cap, and the reader says so through {@link HostRules#cappedFromMs}.
 */
public final class RobotsReader {

    private final Fetcher fetcher;
    private final List<String> agentNames;
    private final long maxCrawlDelayMs;

    /**
     * @param userAgent     the crawl's User-Agent; its product token (before the first '/') is matched against
     *                      robots.txt groups
     * @param maxCrawlDelay the largest Crawl-delay obeyed
     */
    public RobotsReader(Fetcher fetcher, String userAgent, Duration maxCrawlDelay) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.agentNames = List.of(productToken(userAgent));
        this.maxCrawlDelayMs = maxCrawlDelay.toMillis();
    }

    /**
     * Reads the rules for the host of a URL.
     *
     * @param origin scheme, host and port, e.g. {@code http://news.example.cn:8080}
     */
    public HostRules read(String origin) {
        String robotsUrl = origin + "/robots.txt";
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
        BaseRobotRules rules;
        FetchException unreachable = null;
        try {
            FetchResponse response = fetcher.fetch(new FetchRequest(robotsUrl, Validators.NONE, type -> true));
            if (response.status() >= 200 && response.status() < 300 && response.body() != null) {
                rules = parser.parseContent(robotsUrl, response.body(), response.contentType(), agentNames);
            } else {
                rules = parser.failedFetch(response.status());
            }
        } catch (FetchException e) {
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            unreachable = e;
        }
        long asked = Math.max(0, rules.getCrawlDelay());
        long delay = Math.min(asked, maxCrawlDelayMs);
        return new HostRules(rules, delay, asked > delay ? asked : 0, rules.getSitemaps(), unreachable);
    }

    static String productToken(String userAgent) {
        String token = userAgent.strip();
        int cut = token.length();
        for (char stop : new char[] {'/', ' ', '('}) {
            int i = token.indexOf(stop);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return token.substring(0, cut).toLowerCase(Locale.ROOT);
    }
}
