package chanye.crawler.url;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The crawl's scope: http(s) only, the seeds' hosts unless external links are followed, the include and exclude
 * regexes, and the depth bound. Calendar and session traps end here at the depth bound (and at the page budget).
 */
public final class ScopeFilter implements UrlFilter {

    private final Set<String> hosts = ConcurrentHashMap.newKeySet();
    private final boolean followExternal;
    private final List<Pattern> includes;
    private final List<Pattern> excludes;
    private final int maxDepth;

    /**
     * @throws IllegalArgumentException naming the regex when an include or exclude does not compile
     */
    public ScopeFilter(Set<String> seedHosts, boolean followExternal, List<String> includes, List<String> excludes,
                       int maxDepth) {
        seedHosts.forEach(this::allowHost);
        this.followExternal = followExternal;
        this.includes = compile(includes, "include");
        this.excludes = compile(excludes, "exclude");
        this.maxDepth = maxDepth;
    }

    /** Adds a host to the scope, e.g. where a seed redirects to. */
    public void allowHost(String host) {
        hosts.add(host.toLowerCase(Locale.ROOT));
    }

    /** Whether a host is one of the crawl's own (a seed's, or where a seed redirected). */
    public boolean isScopeHost(String host) {
        return hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean accept(String url, int depth) {
        if (depth > maxDepth) {
            return false;
        }
        String host = hostOf(url);
        if (host == null) {
            return false;
        }
        if (!followExternal && !hosts.contains(host)) {
            return false;
        }
        return (includes.isEmpty() || anyFinds(includes, url)) && !anyFinds(excludes, url);
    }

    /** Whether one of the patterns is found in the URL; a loop, not a stream, as it runs for every link. */
    private static boolean anyFinds(List<Pattern> patterns, String url) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(url).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-case host of an http(s) URL.
     *
     * @return the host, or {@code null} when the URL is not http(s) or has no host
     */
    public static String hostOf(String url) {
        PlainAuthority plain = PlainAuthority.of(url);
        if (plain != null) {
            return plain.host();
        }
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Pattern> compile(List<String> regexes, String what) {
        try {
            return regexes.stream().map(Pattern::compile).toList();
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad --" + what + " regex '" + e.getPattern() + "': "
                    + e.getDescription(), e);
        }
    }
}
