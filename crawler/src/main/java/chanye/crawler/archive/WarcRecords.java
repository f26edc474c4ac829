package chanye.crawler.archive;

import chanye.crawler.fetch.Exchange;
import chanye.crawler.fetch.FetchResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

/** The WARC/1.1 records {@link WarcArchive} writes, built from a {@link FetchResponse} as its javadoc describes. */
final class WarcRecords {

    /** Response headers that describe the bytes on the wire rather than the body recorded. */
    private static final Set<String> WIRE_HEADERS = Set.of("content-encoding", "content-length", "transfer-encoding");

    private WarcRecords() {
    }

    /** The {@code response} record: the final URL, an HTTP/1.1 message with the body as read, its digest. */
    static WarcResponse response(FetchResponse response) throws IOException {
        Exchange exchange = response.exchange();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        HttpResponse.Builder http = new HttpResponse.Builder(response.status(), exchange.reason())
                .version(MessageVersion.HTTP_1_1);
        for (Exchange.Header header : exchange.responseHeaders()) {
            if (!WIRE_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
                http.addHeader(header.name(), header.value());
            }
        }
        WarcResponse.Builder record = new WarcResponse.Builder(response.finalUrl()).version(MessageVersion.WARC_1_1)
                .date(exchange.sentAt()).body(http.body(null, body).build());
        if (exchange.ipAddress() != null) {
            record.ipAddress(InetAddress.getByName(exchange.ipAddress()));
        }
        if (response.body() != null) {
            record.payloadDigest(sha1(body));
        } else if (mayHaveBody(response.status())) {
            record.truncated(WarcTruncationReason.UNSPECIFIED);
        }
        return record.build();
    }

    /** The {@code request} record of a response, pointing to it by WARC-Concurrent-To. */
    static WarcRequest request(FetchResponse response, URI responseId) throws IOException {
        Exchange exchange = response.exchange();
        HttpRequest.Builder http = new HttpRequest.Builder(exchange.method(), requestTarget(response.finalUrl()))
                .version(MessageVersion.HTTP_1_1);
        for (Exchange.Header header : exchange.requestHeaders()) {
            http.addHeader(header.name(), header.value());
        }
        return new WarcRequest.Builder(response.finalUrl()).version(MessageVersion.WARC_1_1).date(exchange.sentAt())
                .body(http.build()).concurrentTo(responseId).build();
    }

    /** The {@code warcinfo} record that starts a file. */
    static Warcinfo info(String filename, String userAgent) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of("chanye"));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("http-header-user-agent", List.of(userAgent));
        return new Warcinfo.Builder().version(MessageVersion.WARC_1_1).filename(filename).fields(fields).build();
    }

    /** The path and query of an absolute URL, as a request line names them. */
    static String requestTarget(String url) {
        int authority = url.indexOf("://");
        int path = url.indexOf('/', authority < 0 ? 0 : authority + 3);
        int fragment = url.indexOf('#');
        if (path < 0 || (fragment >= 0 && fragment < path)) {
            return "/";
        }
        return fragment < 0 ? url.substring(path) : url.substring(path, fragment);
    }

    private static boolean mayHaveBody(int status) {
        return status != 204 && status != 304;
    }

    private static WarcDigest sha1(byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(body);
            return new WarcDigest(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
