package chanye.cli.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole web site as an immutable map from request path ({@code /news/a.html}, without query) to the page served
 * there. Paths keep the order they were added in, so a site built the same way lists its pages the same way.
 */
public final class Site {

    private final Map<String, SitePage> pages;

    private Site(Map<String, SitePage> pages) {
        this.pages = Collections.unmodifiableMap(new LinkedHashMap<>(pages));
    }

    /** Starts an empty site. */
    public static Builder builder() {
        return new Builder();
    }

    /** The page served at {@code path}, if the site has one. */
    public Optional<SitePage> page(String path) {
        return Optional.ofNullable(pages.get(path));
    }

    /** Every path the site serves, in the order they were added. */
    public Set<String> paths() {
        return pages.keySet();
    }

    /** How many paths the site serves. */
    public int size() {
        return pages.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Site s && pages.equals(s.pages);
    }

    @Override
    public int hashCode() {
        return pages.hashCode();
    }

    @Override
    public String toString() {
        return "Site[" + pages.size() + " pages]";
    }

    /** Collects pages; each path may be added once. */
    public static final class Builder {

        private final Map<String, SitePage> pages = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds the page served at {@code path}.
         *
         * @throws IllegalArgumentException when the path does not start with {@code /}, holds a query, or is taken
         */
        public Builder add(String path, SitePage page) {
            Objects.requireNonNull(page, "page");
            if (path == null || !path.startsWith("/") || path.contains("?")) {
                throw new IllegalArgumentException("a site path starts with / and has no query: " + path);
            }
            if (pages.putIfAbsent(path, page) != null) {
                throw new IllegalArgumentException("path added twice: " + path);
            }
            return this;
        }

        /** The immutable site. */
        public Site build() {
            return new Site(pages);
        }
    }
}
