package chanye.classifier.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A thread's last few segmentation passes, by normalised text; the oldest is forgotten first. Not thread-safe. */
final class RecentPasses extends LinkedHashMap<String, List<Token>> {

    private final int capacity;

    RecentPasses(int capacity) {
        super(capacity * 2, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
        return size() > capacity;
    }
}
