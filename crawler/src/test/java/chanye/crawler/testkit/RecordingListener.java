package chanye.crawler.testkit;

import chanye.crawler.ArticleSink;
import chanye.crawler.CrawlListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A listener that remembers everything it hears, and can act on each article (e.g. stop the crawl). */
public final class RecordingListener implements CrawlListener {

    public final Map<String, String> errors = new ConcurrentHashMap<>();
    public final Map<String, String> skipped = new ConcurrentHashMap<>();
    public final Map<String, Integer> fetched = new ConcurrentHashMap<>();
    public final List<String> robotsBlocked = new CopyOnWriteArrayList<>();
    public final List<String> notices = new CopyOnWriteArrayList<>();
    public final List<String> pageProblems = new CopyOnWriteArrayList<>();
    public final List<String> removed = new CopyOnWriteArrayList<>();
    /** Every event that is not a fetch, in order: "error URL", "unreachable HOST: REASON, RETRIES". */
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final Map<String, ArticleSink.Outcome> articles = new ConcurrentHashMap<>();
    private volatile Consumer<String> onArticle = url -> { };

    /** Runs an action after each article is reported. */
    public RecordingListener onArticle(Consumer<String> action) {
        this.onArticle = action;
        return this;
    }

    @Override
    public void fetched(String url, int status) {
        fetched.put(url, status);
    }

    @Override
    public void article(String url, ArticleSink.Outcome outcome) {
        articles.put(url, outcome);
        onArticle.accept(url);
    }

    @Override
    public void error(String url, String reason) {
        errors.put(url, reason);
        events.add("error " + url);
    }

    @Override
    public void robotsBlocked(String url) {
        robotsBlocked.add(url);
    }

    @Override
    public void skipped(String url, String reason) {
        skipped.put(url, reason);
    }

    @Override
    public void pageProblem(String url, String problem) {
        pageProblems.add(problem);
    }

    @Override
    public void unreachable(String host, String reason, int retries) {
        events.add("unreachable " + host + ": " + reason + ", " + retries);
    }

    @Override
    public void removed(String url, String reason) {
        removed.add(url + " " + reason);
    }

    @Override
    public void notice(String url, String message) {
        notices.add(url + " " + message);
    }
}
