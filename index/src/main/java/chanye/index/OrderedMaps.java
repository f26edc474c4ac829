package chanye.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unmodifiable copies of maps that keep their order (largest count first, as facets are counted), so that JSON
 * output is the same from run to run; {@code Map.copyOf} would not keep it.
 */
final class OrderedMaps {

    private OrderedMaps() {
    }

    /** An unmodifiable copy of {@code map} in its iteration order. */
    static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
