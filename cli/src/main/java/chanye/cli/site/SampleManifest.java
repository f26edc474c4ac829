package chanye.cli.site;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bundled sample site holds and what a correct pipeline must make of it, read from
 * {@code sample/manifest.json}: the channels, each article page with its expected metadata and clusters, the list
 * pages that must not be indexed, the noise phrases that must not be searchable, relevance cases and the searches
 * the demo prints. {@link SampleSite} renders the site from the same file, so the two cannot drift apart.
 *
 * @param siteName         the site's name, shown in every page's logo
 * @param channels         the channels, each with its own list pages and design
 * @param articles         the article pages
 * @param listPages        the index and channel list pages: followed by a crawl, never indexed as articles
 * @param redirects        old addresses that redirect to article pages
 * @param robotsDisallowed the path prefixes robots.txt disallows; the site links to each of them
 * @param noisePhrases     phrases from ads, disclaimers, extended reading, comments and navigation: in the pages,
 *                         never in an article's text, so a search for any of them must find nothing
 * @param relevance        queries, each with the article path that must rank first
 * @param exampleSearches  the queries {@code chanye demo} runs and prints
 */
public record SampleManifest(String siteName, List<Channel> channels, List<ArticleEntry> articles,
                             List<String> listPages, List<Redirect> redirects, List<String> robotsDisallowed,
                             List<String> noisePhrases, List<RelevanceCase> relevance,
                             List<String> exampleSearches) {

    public SampleManifest {
        Objects.requireNonNull(siteName, "siteName");
        channels = List.copyOf(channels);
        articles = List.copyOf(articles);
        listPages = List.copyOf(listPages);
        redirects = List.copyOf(redirects);
        robotsDisallowed = List.copyOf(robotsDisallowed);
        noisePhrases = List.copyOf(noisePhrases);
        relevance = List.copyOf(relevance);
        exampleSearches = List.copyOf(exampleSearches);
    }

    /** The article served at {@code path}, if any. */
    public Optional<ArticleEntry> article(String path) {
        return articles.stream().filter(a -> a.path().equals(path)).findFirst();
    }

    /** The channel with id {@code id}, if any. */
    public Optional<Channel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * A channel of the site.
     *
     * @param id       a short id that articles refer to
     * @param name     the channel's Chinese name, shown in navigation and breadcrumbs
     * @param dir      the folder its list pages live in, such as {@code /chanye/}
     * @param template the page design of its list pages
     * @param pageSize article links per list page
     */
    public record Channel(String id, String name, String dir, String template, int pageSize) {

        public Channel {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dir, "dir");
            Objects.requireNonNull(template, "template");
        }
    }

    /**
     * One article page and what extraction and classification must find on it.
     *
     * @param id              names the text resource {@code sample/articles/<id>.txt}
     * @param path            where the page is served
     * @param channel         the id of the channel that lists it
     * @param title           the headline
     * @param publishTime     the publish time the byline shows (midnight +08:00 when it shows only a date)
     * @param timeFormat      the {@link DateTimeFormatter} pattern the byline shows the time in
     * @param source          the 来源
     * @param author          the reporter or author
     * @param clusters        the expected cluster ids; empty for an article about none of the clusters
     * @param template        the page design
     * @param charset         {@code UTF-8} or {@code GBK}
     * @param charsetDeclared whether the header and a meta tag name the charset
     */
    public record ArticleEntry(String id, String path, String channel, String title, OffsetDateTime publishTime,
                               String timeFormat, String source, String author, List<String> clusters,
                               String template, String charset, boolean charsetDeclared) {

        public ArticleEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(publishTime, "publishTime");
            Objects.requireNonNull(timeFormat, "timeFormat");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(author, "author");
            clusters = List.copyOf(clusters);
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(charset, "charset");
        }

        /** The publish time as the page's byline prints it. */
        public String displayTime() {
            return DateTimeFormatter.ofPattern(timeFormat).format(publishTime);
        }
    }

    /**
     * A path that answers with a redirect.
     *
     * @param from   the old path
     * @param to     the path redirected to
     * @param status the redirect status, such as 301
     */
    public record Redirect(String from, String to, int status) {

        public Redirect {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * A query and the article that must rank first for it.
     *
     * @param query the query as a user types it
     * @param path  the path of the article that must be the first hit
     */
    public record RelevanceCase(String query, String path) {

        public RelevanceCase {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(path, "path");
        }
    }
}
