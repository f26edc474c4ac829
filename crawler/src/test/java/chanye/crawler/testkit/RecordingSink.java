package chanye.crawler.testkit;

import chanye.crawler.ArticleSink;
import chanye.crawler.CrawledArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sink that behaves like an index: articles accepted since the last flush are pending and lost in a crash;
 * flushed ones are durable. Re-accepting a URL with the same body is UNCHANGED; the same body under another URL
 * is a DUPLICATE. A removal takes effect at the next flush.
 */
public final class RecordingSink implements ArticleSink {

    private final Map<String, String> durable = new LinkedHashMap<>();
    private final Map<String, String> pending = new LinkedHashMap<>();
    private final Set<String> removals = new HashSet<>();
    private final List<CrawledArticle> accepted = new ArrayList<>();
    private final List<Integer> batches = new ArrayList<>();

    @Override
    public synchronized Outcome accept(CrawledArticle article) {
        accepted.add(article);
        String body = article.article().body();
        String stored = pending.containsKey(article.url()) ? pending.get(article.url()) : durable.get(article.url());
        if (body.equals(stored)) {
            return Outcome.UNCHANGED;
        }
        if (pending.containsValue(body) || durable.containsValue(body)) {
            return Outcome.DUPLICATE;
        }
        pending.put(article.url(), body);
        return Outcome.INDEXED;
    }

    @Override
    public synchronized boolean remove(String url) {
        boolean present = pending.containsKey(url) || durable.containsKey(url) && !removals.contains(url);
        pending.remove(url);
        removals.add(url);
        return present;
    }

    @Override
    public synchronized void flush() {
        removals.forEach(durable::remove);
        removals.clear();
        durable.putAll(pending);
        batches.add(pending.size());
        pending.clear();
    }

    /** Forgets what was not flushed, as a killed process would. */
    public synchronized void crash() {
        pending.clear();
        removals.clear();
    }

    /** The URLs stored durably. */
    public synchronized Set<String> stored() {
        return Set.copyOf(durable.keySet());
    }

    /** Every article handed over, in order. */
    public synchronized List<CrawledArticle> accepted() {
        return List.copyOf(accepted);
    }

    /** How often the crawler flushed. */
    public synchronized int flushes() {
        return batches.size();
    }

    /** How many articles each flush made durable, in order. */
    public synchronized List<Integer> batches() {
        return List.copyOf(batches);
    }
}
