package chanye.crawler.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small web site on a loopback port (the JDK's HttpServer), serving canned replies by path and recording every
 * request it gets. Unknown paths get 404. TCP_NODELAY is on: without it, Nagle's algorithm and delayed ACKs add
 * some 40 ms to every loopback response.
 */
public final class SiteServer implements AutoCloseable {

    /** A request the server got: path with query, request headers (lower-case names), and when. */
    public record Hit(String path, Map<String, String> headers, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final Map<String, Function<Hit, Reply>> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    public SiteServer() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** The absolute URL of a path on this server. */
    public String url(String path) {
        return origin() + path;
    }

    /** Scheme, host and port. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves a fixed reply at a path (with its query, if any). */
    public SiteServer serve(String path, Reply reply) {
        routes.put(path, hit -> reply);
        return this;
    }

    /** Serves a reply computed per request. */
    public SiteServer serve(String path, Function<Hit, Reply> route) {
        routes.put(path, route);
        return this;
    }

    /** Every request so far, in arrival order. */
    public synchronized List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** The requests for one path, in arrival order. */
    public synchronized List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    /**
     * The most requests this server was answering at one time. A request counts from its arrival until its response
     * starts, so that a client sending its next request as soon as it has read a response is not counted twice.
     */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    private void handle(HttpExchange exchange) {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        Reply reply;
        try {
            reply = reply(exchange);
        } finally {
            inFlight.decrementAndGet();
        }
        send(exchange, reply);
    }

    /** Records the hit and finds its reply, waiting out the reply's delay. */
    private Reply reply(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String full = query == null ? path : path + "?" + query;
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        Hit hit = new Hit(full, Map.copyOf(headers), System.nanoTime());
        synchronized (this) {
            hits.add(hit);
        }
        Function<Hit, Reply> route = routes.getOrDefault(full, routes.get(path));
        Reply reply = route == null ? Reply.status(404) : route.apply(hit);
        sleep(reply.delayMs());
        return reply;
    }

    private static void send(HttpExchange exchange, Reply reply) {
        try (exchange) {
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            boolean bodiless = reply.body().length == 0;
            exchange.sendResponseHeaders(reply.status(), bodiless ? -1 : reply.body().length);
            if (!bodiless) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (IOException clientWentAway) {
            exchange.close();
        }
    }

    private static void sleep(long ms) {
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
