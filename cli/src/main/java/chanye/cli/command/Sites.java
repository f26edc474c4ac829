package chanye.cli.command;

import chanye.cli.UserException;
import chanye.crawler.url.ScopeFilter;

/**
 * {@code --site} values: a host ({@code news.example.cn}), a host and port ({@code 127.0.0.1:8765}) or a pasted
 * URL ({@code http://127.0.0.1:8765/news/}), reduced to the site the index stores for an article: its URL's host,
 * lower-case, without the port. The crawler computes it with {@link ScopeFilter#hostOf}, and so does this, so the
 * two agree.
 */
final class Sites {

    private Sites() {
    }

    /**
     * The stored site that {@code value} names, or {@code null} when the option was not given.
     *
     * @throws UserException bad usage when it is not a host or an http(s) URL
     */
    static String host(String value) {
        if (value == null) {
            return null;
        }
        String given = value.strip();
        String host = ScopeFilter.hostOf(given.contains("://") ? given : "http://" + given);
        if (host == null) {
            throw UserException.usage("--site: not a host or http(s) URL: " + value);
        }
        return host;
    }
}
