package chanye.crawler.url;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small thread-safe least-recently-used map, for results worth remembering a while (normalised URLs, URLs
 * already stored): bounded, so a long crawl's memory does not grow with it.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class LruCache<K, V> {

    private final Map<K, V> map;

    /** @param capacity the most entries kept; the least recently used go first */
    public LruCache(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for a key, or {@code null}. */
    public synchronized V get(K key) {
        return map.get(key);
    }

    /** Keeps a value. */
    public synchronized void put(K key, V value) {
        map.put(key, value);
    }
}
