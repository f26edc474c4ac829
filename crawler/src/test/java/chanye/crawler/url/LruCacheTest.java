package chanye.crawler.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
        LruCache<String, Integer> cache = new LruCache<>(2);
        cache.put("煤炭", 1);
        cache.put("棉花", 2);
        assertEquals(1, cache.get("煤炭"));
        cache.put("光伏", 3);
        assertNull(cache.get("棉花"), "least recently used");
        assertEquals(1, cache.get("煤炭"));
        assertEquals(3, cache.get("光伏"));
    }
}
