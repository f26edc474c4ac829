package chanye.crawler.fetch;

import chanye.crawler.CrawlLimits;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import okhttp3.Connection;
import okhttp3.ConnectionSpec;
import okhttp3.Dns;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Fetches over HTTP(S) with OkHttp, within {@link CrawlLimits}.
 *
 * <p>Redirects are followed here, one hop at a time, so that each hop is checked: only http and https, no more
 * than {@code maxRedirects}, every host through the {@link AddressGuard} (names by a {@link GuardedDns}, IP
 * literals directly), and every target through the request's {@link FetchRequest#mayRedirectTo}. Bodies are read
 * as raw bytes (never decoded by OkHttp) up to {@code maxBodyBytes}; OkHttp inflates gzip transparently, and the
 * cap counts inflated bytes, so a gzip bomb stops while inflating. The call
 * timeout cuts a response that never ends. OkHttp may send a request again on a fresh connection when a pooled
 * one turns out closed: old HTTP/1.0 servers close after every answer without saying so, and without that retry
 * each page of such a site failed once and waited out a back-off (2.5 s a page, measured). TLS is set up (the JDK's
 * trust store read, about 0.15 s of CPU) when the first https URL is fetched, not for a crawl of http sites.
 *
 * <p>Each response carries its {@link Exchange}: the request headers as sent (OkHttp's own Host, Connection and
 * Accept-Encoding included), the reason phrase, the response headers as OkHttp gives them after inflation, and the
 * address of the server, noted by a network interceptor.
 */
public final class OkHttpFetcher implements Fetcher {

    /** Default connection specs of OkHttp: TLS, then plain HTTP. */
    private static final List<ConnectionSpec> TLS_AND_CLEARTEXT = List.of(ConnectionSpec.MODERN_TLS,
            ConnectionSpec.CLEARTEXT);

    /** Plain HTTP only: a client that may speak TLS loads the JDK's trust store as it is built, at a crawl's start. */
    private final OkHttpClient client;
    /** The client for https URLs, built from {@link #client} (sharing its pool) when the first one is fetched. */
    private volatile OkHttpClient tlsClient;
    private final AddressGuard guard;
    private final Dns dns;
    private final CrawlLimits limits;
    private final String userAgent;

    /**
     * @param dns how names are resolved (the system resolver in real crawls); answers are checked by the guard
     */
    public OkHttpFetcher(CrawlLimits limits, String userAgent, AddressGuard guard, Dns dns) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.dns = Objects.requireNonNull(dns, "dns");
        this.client = new OkHttpClient.Builder()
                .connectTimeout(limits.connectTimeout())
                .readTimeout(limits.readTimeout())
                .writeTimeout(limits.readTimeout())
                .callTimeout(limits.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(true)
                .dns(new GuardedDns(dns, guard))
                .addNetworkInterceptor(OkHttpFetcher::notePeer)
                .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                .build();
        WatchdogPacer.start();
    }

    /** The client for a URL: TLS only where the URL asks for it, so that a crawl of http sites never sets TLS up. */
    private OkHttpClient clientFor(HttpUrl url) {
        if (!url.isHttps()) {
            return client;
        }
        OkHttpClient tls = tlsClient;
        if (tls == null) {
            synchronized (this) {
                tls = tlsClient;
                if (tls == null) {
                    tls = client.newBuilder().connectionSpecs(TLS_AND_CLEARTEXT).build();
                    tlsClient = tls;
                }
            }
        }
        return tls;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) throws FetchException {
        HttpUrl url = parse(request.url(), "bad URL");
        for (int hop = 0; ; hop++) {
            checkLiteralHost(url);
            Peer peer = new Peer();
            Request.Builder builder = new Request.Builder().url(url).tag(Peer.class, peer)
                    .header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
            if (hop == 0) {
                addValidators(builder, request.validators());
            }
            try (Response response = clientFor(url).newCall(builder.build()).execute()) {
                String location = response.header("Location");
                if (response.isRedirect() && location != null) {
                    if (hop >= limits.maxRedirects()) {
                        throw new FetchException("more than " + limits.maxRedirects() + " redirects", false, null);
                    }
                    url = redirectTarget(url, location);
                    if (!request.mayRedirectTo().test(url.toString())) {
                        throw new RedirectRefusedException(url.toString());
                    }
                    continue;
                }
                return toFetchResponse(response, url, request, peer);
            } catch (FetchException e) {
                throw e;
            } catch (IOException e) {
                throw classify(e);
            }
        }
    }

    private FetchResponse toFetchResponse(Response response, HttpUrl url, FetchRequest request, Peer peer)
            throws IOException {
        ResponseBody body = response.body();
        String contentType = response.header("Content-Type");
        String mediaType = mediaTypeOf(contentType);
        byte[] bytes = null;
        if (response.isSuccessful() && request.wantsBody().test(mediaType)) {
            bytes = readCapped(body.source(), body.contentLength());
        }
        Validators validators = new Validators(response.header("ETag"), response.header("Last-Modified"));
        return new FetchResponse(response.code(), url.toString(), mediaType, contentType, bytes, validators,
                RetryAfter.millis(response.header("Retry-After"), Instant.now()), exchange(response, peer));
    }

    private static Exchange exchange(Response response, Peer peer) {
        Request sent = response.networkResponse() == null ? response.request() : response.networkResponse().request();
        return new Exchange(sent.method(), headers(sent.headers()), response.message(), headers(response.headers()),
                peer.address, Instant.ofEpochMilli(response.sentRequestAtMillis()));
    }

    private static List<Exchange.Header> headers(Headers headers) {
        List<Exchange.Header> out = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            out.add(new Exchange.Header(headers.name(i), headers.value(i)));
        }
        return out;
    }

    /** Notes, on the request's {@link Peer} tag, the address of the server the call's connection reached. */
    private static Response notePeer(Interceptor.Chain chain) throws IOException {
        Peer peer = chain.request().tag(Peer.class);
        Connection connection = chain.connection();
        if (peer != null && connection != null) {
            InetAddress address = connection.route().socketAddress().getAddress();
            peer.address = address == null ? null : address.getHostAddress();
        }
        return chain.proceed(chain.request());
    }

    /** Where the network interceptor leaves the address of the server that answered one request. */
    private static final class Peer {
        private volatile String address;
    }

    private byte[] readCapped(BufferedSource source, long declaredLength) throws IOException {
        long cap = limits.maxBodyBytes();
        if (declaredLength > cap) {
            throw new FetchException("body over " + cap + " bytes (Content-Length " + declaredLength + ")", false,
                    null);
        }
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > cap) {
                throw new FetchException("body over " + cap + " bytes", false, null);
            }
        }
        return buffer.readByteArray();
    }

    private void checkLiteralHost(HttpUrl url) throws FetchException {
        String host = url.host();
        if (!AddressGuard.isIpLiteral(host)) {
            return;
        }
        try {
            guard.check(host, AddressGuard.resolve(host, dns));
        } catch (UnknownHostException e) {
            throw new FetchException(e.getMessage(), false, e);
        }
    }

    private static void addValidators(Request.Builder builder, Validators validators) {
        if (validators.etag() != null) {
            builder.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            builder.header("If-Modified-Since", validators.lastModified());
        }
    }

    private static HttpUrl redirectTarget(HttpUrl from, String location) throws FetchException {
        String scheme = schemeOf(location);
        if (scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("redirect to " + scheme + ": refused", false, null);
        }
        HttpUrl target = from.resolve(location);
        if (target == null) {
            throw new FetchException("redirect to a bad URL: " + location, false, null);
        }
        return target;
    }

    private static String schemeOf(String location) {
        int colon = location.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = location.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        return scheme.matches("[a-z][a-z0-9+.-]*") ? scheme : null;
    }

    private static HttpUrl parse(String url, String what) throws FetchException {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new FetchException(what + ": only http and https are fetched", false, null);
        }
        return parsed;
    }

    private static String mediaTypeOf(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static FetchException classify(IOException e) {
        if (e instanceof RefusedAddressException) {
            return new FetchException(e.getMessage(), false, e);
        }
        if (e instanceof UnknownHostException) {
            return new FetchException("unknown host " + e.getMessage(), false, e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new FetchException("timeout", true, e);
        }
        if (e instanceof ConnectException) {
            return new FetchException("connection refused", true, e);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new FetchException("network error: " + message, true, e);
    }
}
