package chanye.crawler.archive;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpMessage;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/** WARC files read back with jwarc's {@link WarcReader}, each record copied out while it is readable. */
final class WarcFiles {

    /**
     * One record.
     *
     * @param file          the file's name
     * @param version       the WARC version line
     * @param type          warcinfo, response or request
     * @param id            WARC-Record-ID
     * @param target        WARC-Target-URI, or {@code null} for warcinfo
     * @param concurrentTo  WARC-Concurrent-To
     * @param ip            WARC-IP-Address, or {@code null}
     * @param payloadDigest WARC-Payload-Digest
     * @param truncated     WARC-Truncated
     * @param status        the HTTP status of a response, else 0
     * @param requestLine   method and target of a request, else {@code null}
     * @param headers       the HTTP headers, or the warcinfo fields
     * @param body          the HTTP body, or the warcinfo block
     */
    record Captured(String file, String version, String type, URI id, String target, List<URI> concurrentTo,
                    String ip, Optional<WarcDigest> payloadDigest, WarcTruncationReason truncated, int status,
                    String requestLine, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header, or {@code null}. */
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private WarcFiles() {
    }

    /** The WARC files of a directory, by name. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
        }
    }

    /** Every record of every WARC file in a directory, in file and record order. */
    static List<Captured> records(Path dir) throws IOException {
        List<Captured> all = new ArrayList<>();
        for (Path file : files(dir)) {
            all.addAll(records(file, false));
        }
        return all;
    }

    /** The records of the given type, in order. */
    static List<Captured> ofType(List<Captured> records, String type) {
        return records.stream().filter(r -> r.type().equals(type)).toList();
    }

    /**
     * The records of one file.
     *
     * @param upToDamage whether to stop quietly at the first record that cannot be read, as a reader of the file a
     *                   killed crawl left does
     */
    static List<Captured> records(Path file, boolean upToDamage) throws IOException {
        List<Captured> out = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                    if (record.isPresent()) {
                        out.add(capture(file, record.get()));
                    }
                } catch (IOException | RuntimeException e) {
                    if (upToDamage) {
                        return out;
                    }
                    throw e;
                }
                if (record.isEmpty()) {
                    return out;
                }
            }
        }
    }

    private static Captured capture(Path file, WarcRecord record) throws IOException {
        String name = file.getFileName().toString();
        if (record instanceof WarcResponse response) {
            HttpResponse http = response.http();
            return capture(name, response, http.status(), null, http);
        }
        if (record instanceof WarcRequest request) {
            HttpRequest http = request.http();
            return capture(name, request, 0, http.method() + " " + http.target(), http);
        }
        return new Captured(name, record.version().toString(), record.type(), record.id(), null, List.of(), null,
                Optional.empty(), record.truncated(), 0, null, Map.of(), record.body().stream().readAllBytes());
    }

    private static Captured capture(String file, WarcCaptureRecord record, int status, String requestLine,
                                    HttpMessage http) throws IOException {
        return new Captured(file, record.version().toString(), record.type(), record.id(), record.target(),
                record.concurrentTo(), record.ipAddress().map(a -> a.getHostAddress()).orElse(null),
                record.payloadDigest(), record.truncated(), status, requestLine, http.headers().map(),
                http.body().stream().readAllBytes());
    }
}
