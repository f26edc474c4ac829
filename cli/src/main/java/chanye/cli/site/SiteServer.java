package chanye.cli.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Serves a {@link Site} over HTTP on 127.0.0.1 at a free port, for the demo and for tests.
 *
 * <p>GET and HEAD are answered from the site's map, ignoring the query string; unknown paths get a 404 and other
 * methods a 405. Every request is counted under its path (404s included), so a test can prove that a crawler
 * fetched a page once, or never fetched a path robots.txt disallows. The server is thread-safe; close it to free the
 * port and its threads.
 */
public final class SiteServer implements Closeable {

    /**
     * The JDK server writes the headers and the body in two segments; with Nagle's algorithm on, the body waits
     * for the client's delayed ACK, about 40 ms a request on loopback (measured: 47 ms with, 1 ms without). The
     * property is read once, when the JDK server's configuration class loads, so it is set before the first start.
     */
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";
    private static final int THREADS = 4;
    private static final byte[] NOT_FOUND = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404 页面不存在</h1></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private volatile Site site;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Duration pausePerRequest;

    private SiteServer(Site site, HttpServer server, ExecutorService executor, URI baseUri, Duration pausePerRequest) {
        this.pausePerRequest = pausePerRequest;
        this.site = site;
        this.server = server;
        this.executor = executor;
        this.baseUri = baseUri;
    }

    /**
     * Starts serving {@code site} on 127.0.0.1 at a port the system picks.
     *
     * @throws IOException when no loopback port can be bound
     */
    public static SiteServer start(Site site) throws IOException {
        Objects.requireNonNull(site, "site");
        return start(base -> site);
    }

    /**
     * Serves {@code site} like {@link #start(Site)}, answering each request only after {@code pausePerRequest}: a
     * slow server, so that a crawl of it lasts long enough to be interrupted or killed by a test.
     *
     * @throws IOException when no loopback port can be bound
     */
    public static SiteServer start(Site site, Duration pausePerRequest) throws IOException {
        Objects.requireNonNull(site, "site");
        return start(base -> site, pausePerRequest);
    }

    /**
     * Binds a port on 127.0.0.1, then serves the site {@code siteAt} builds for the server's base URI: for sites
     * whose pages must name their own absolute address, such as a sitemap ({@code SiteServer.start(SampleSite::load)}).
     *
     * @throws IOException when no loopback port can be bound
     */
    public static SiteServer start(Function<URI, Site> siteAt) throws IOException {
        return start(siteAt, Duration.ZERO, 0);
    }

    /**
     * Serves the site {@code siteAt} builds, like {@link #start(Function)}, on a port of the caller's choosing.
     *
     * @param port the port on 127.0.0.1, or 0 for one the system picks
     * @throws IOException when the port cannot be bound (in use, or not allowed)
     */
    public static SiteServer start(Function<URI, Site> siteAt, int port) throws IOException {
        return start(siteAt, Duration.ZERO, port);
    }

    private static SiteServer start(Function<URI, Site> siteAt, Duration pausePerRequest) throws IOException {
        return start(siteAt, pausePerRequest, 0);
    }

    private static SiteServer start(Function<URI, Site> siteAt, Duration pausePerRequest, int port)
            throws IOException {
        Objects.requireNonNull(siteAt, "siteAt");
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        Site site;
        try {
            site = Objects.requireNonNull(siteAt.apply(base), "site");
        } catch (RuntimeException e) {
            // The listening channel is only released by the server's dispatcher thread, so it is started to stop.
            server.start();
            server.stop(0);
            throw e;
        }
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "site-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        SiteServer siteServer = new SiteServer(site, server, executor, base, pausePerRequest);
        server.createContext("/", siteServer::handle);
        server.start();
        return siteServer;
    }

    /** The server's root, such as {@code http://127.0.0.1:43817/}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The absolute URI of a site path such as {@code /robots.txt}. */
    public URI uri(String path) {
        return baseUri.resolve(path);
    }

    /** The site being served. */
    public Site site() {
        return site;
    }

    /**
     * Serves another site at the same address from now on, as a real site changes between two crawls: pages left
     * out of it answer 404.
     */
    public void replace(Site next) {
        this.site = Objects.requireNonNull(next, "next");
    }

    /** How many requests have asked for {@code path} (query ignored) so far. */
    public int requestCount(String path) {
        AtomicInteger count = requestCounts.get(path);
        return count == null ? 0 : count.get();
    }

    /** A snapshot of the request counts of every path asked for so far, sorted by path. */
    public Map<String, Integer> requestCounts() {
        Map<String, Integer> snapshot = new TreeMap<>();
        requestCounts.forEach((path, count) -> snapshot.put(path, count.get()));
        return snapshot;
    }

    /** The number of requests served so far. */
    public int totalRequests() {
        return requestCounts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Stops serving at once and frees the port and threads; later calls do nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            requestCounts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            if (!head && !"GET".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            pause();
            SitePage page = site.page(path)
                    .orElseGet(() -> new SitePage(404, "text/html; charset=UTF-8", NOT_FOUND, Map.of()));
            if (page.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", page.contentType());
            }
            page.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] body = page.bodyForServing();
            if (head || body.length == 0) {
                exchange.sendResponseHeaders(page.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(page.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void pause() {
        if (pausePerRequest.isZero()) {
            return;
        }
        try {
            Thread.sleep(pausePerRequest.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
