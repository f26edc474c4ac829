package chanye.crawler.state;

/** How a queued URL is read once fetched. */
public enum UrlKind {
    /** a web page: only HTML is parsed */
    PAGE,
    /** a seed: an HTML page, or a sitemap or RSS/Atom feed when the server says XML */
    SEED,
    /** a sitemap or sitemap index found through robots.txt, /sitemap.xml or another sitemap */
    SITEMAP
}
