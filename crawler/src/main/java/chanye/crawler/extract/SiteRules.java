package chanye.crawler.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Optional per-site CSS selectors that refine the generic extraction, never replace it: {@code body} names the
 * article's container on a site (used when it holds text; else the generic search runs), {@code drop} names
 * elements whose text is never part of the article. The generic noise removal runs inside the container either
 * way.
 *
 * <p>The file has one rule a line, {@code host kind selector}, where kind is {@code body} or {@code drop}; a rule
 * for {@code example.cn} also covers {@code news.example.cn}; {@code #} starts a comment line:
 * <pre>
 * # host            kind  selector
 * news.example.cn   body  div.article-content
 * news.example.cn   drop  .editor-note, .video-player
 * </pre>
 */
public final class SiteRules {

    /** No rules: every page gets the generic extraction alone. */
    public static final SiteRules NONE = new SiteRules(Map.of());

    private final Map<String, Rule> byHost;

    private SiteRules(Map<String, Rule> byHost) {
        this.byHost = Map.copyOf(byHost);
    }

    /**
     * Reads rules from a UTF-8 file.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when a line is malformed; the message names the file and line
     */
    public static SiteRules load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    /**
     * Reads rules from text.
     *
     * @param reader the rules text
     * @param source the name used in error messages, such as the file name
     * @throws IOException              when the reader fails
     * @throws IllegalArgumentException when a line is malformed; the message names the source and line
     */
    public static SiteRules parse(Reader reader, String source) throws IOException {
        Map<String, Rule> byHost = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException(source + ":" + number + ": expected 'host kind selector', got '"
                        + text + "'");
            }
            String host = parts[0].toLowerCase(Locale.ROOT);
            String selector = checked(parts[2], source, number);
            Rule current = byHost.getOrDefault(host, new Rule(host, null, null));
            byHost.put(host, switch (parts[1]) {
                case "body" -> new Rule(host, selector, current.drop());
                case "drop" -> new Rule(host, current.body(), current.drop() == null ? selector
                        : current.drop() + ", " + selector);
                default -> throw new IllegalArgumentException(source + ":" + number + ": unknown kind '" + parts[1]
                        + "' (use body or drop)");
            });
        }
        return new SiteRules(byHost);
    }

    /**
     * The rule for a page, or {@code null} when none applies: the rule of the URL's host or of its nearest parent
     * domain.
     *
     * @param url the page URL; {@code null}, empty or unparsable URLs get no rule
     */
    public Rule forUrl(String url) {
        if (byHost.isEmpty() || url == null || url.isEmpty()) {
            return null;
        }
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
        for (String h = host == null ? null : host.toLowerCase(Locale.ROOT); h != null; h = parent(h)) {
            Rule rule = byHost.get(h);
            if (rule != null) {
                return rule;
            }
        }
        return null;
    }

    /** The hosts that have rules. */
    public List<String> hosts() {
        return List.copyOf(byHost.keySet());
    }

    private static String parent(String host) {
        int dot = host.indexOf('.');
        return dot < 0 || host.indexOf('.', dot + 1) < 0 ? null : host.substring(dot + 1);
    }

    private static String checked(String selector, String source, int number) {
        try {
            QueryParser.parse(selector);
            return selector;
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException(source + ":" + number + ": bad CSS selector '" + selector + "' ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * The rules of one site.
     *
     * @param host the host they apply to (and its subdomains)
     * @param body the selector of the article's container, or {@code null}
     * @param drop the selector of elements to leave out, or {@code null}
     */
    public record Rule(String host, String body, String drop) {

        public Rule {
            Objects.requireNonNull(host, "host");
        }
    }
}
