package chanye.cli.command;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/** Facet counts for people: largest first, as {@code name 12 · other 3}. */
final class Facets {

    private Facets() {
    }

    static String format(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }
}
