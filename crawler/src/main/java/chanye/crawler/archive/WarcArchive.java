package chanye.crawler.archive;

import chanye.crawler.fetch.FetchResponse;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Keeps a crawl's responses as WARC/1.1 files, so that research can re-extract and cite the pages a crawl saw.
 *
 * <p>Files are gzip-compressed, one gzip member per record (a killed crawl leaves every record but the last
 * readable), named {@code chanye-<UTC yyyyMMddHHmmss>-<5-digit serial>.warc.gz} in the directory, which must
 * exist; each starts with a {@code warcinfo} record (software, format, the crawl's User-Agent) and is closed once
 * it holds about {@value #FILE_CAP_BYTES} compressed bytes, the next record starting a new file. Each response
 * gives a {@code response} record followed by its {@code request} record, which names it in WARC-Concurrent-To.
 *
 * <p>The records hold what the crawl read, not the bytes on the wire. WARC-Target-URI is the final URL after
 * redirects; the redirect hops are not recorded. The response record holds an HTTP/1.1 message (also for a
 * response that came over HTTP/2): the status line, the response headers and the body. The fetcher inflates gzip
 * and reads bodies up to its cap, so the body is the inflated one; the Content-Encoding, Content-Length and
 * Transfer-Encoding headers are dropped and Content-Length is set to the recorded body's length. A body the crawl
 * did not read (a status other than 2xx, a media type it did not want) is recorded empty, the record marked
 * {@code WARC-Truncated: unspecified}. WARC-Payload-Digest is the SHA-1 of the body read; WARC-IP-Address is the
 * server's address when the fetcher noted it.
 *
 * <p>Thread-safe: records are built by the calling worker and written one pair at a time. After a failed write
 * every later one fails too, so a file never holds records after a broken one. {@link #close()} forces the
 * current file to disk.
 */
public final class WarcArchive implements ResponseArchive, Closeable {

    /** About 1 GB: a file holding this many compressed bytes is closed and the next record starts a new one. */
    public static final long FILE_CAP_BYTES = 1_000_000_000L;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final String userAgent;
    private final long capBytes;
    private WarcFile current;
    private int serial;
    private ArchiveException failure;

    /**
     * @param dir       the directory the files are written to; it must exist
     * @param userAgent the crawl's User-Agent, named in each file's warcinfo record
     */
    public WarcArchive(Path dir, String userAgent) {
        this(dir, userAgent, FILE_CAP_BYTES);
    }

    /** An archive whose files roll over after {@code capBytes} compressed bytes. */
    WarcArchive(Path dir, String userAgent, long capBytes) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.capBytes = capBytes;
    }

    @Override
    public void keep(FetchResponse response) throws IOException {
        WarcResponse record = WarcRecords.response(response);
        WarcRequest request = WarcRecords.request(response, record.id());
        synchronized (this) {
            if (failure != null) {
                throw new ArchiveException(failure.file(), "an earlier write failed", failure);
            }
            try {
                WarcFile file = current == null ? open() : current;
                file.write(record);
                file.write(request);
                if (file.size() >= capBytes) {
                    current = null;
                    file.close();
                }
            } catch (ArchiveException e) {
                failure = e;
                throw e;
            }
        }
    }

    /** Closes the current file, if any, forcing it to disk. */
    @Override
    public synchronized void close() throws IOException {
        WarcFile file = current;
        current = null;
        if (file != null) {
            file.close();
        }
    }

    /**
     * Creates the next file as the current one, a serial further when a file of that name exists, and writes its
     * warcinfo record.
     */
    private WarcFile open() throws ArchiveException {
        while (current == null) {
            Path path = dir.resolve(String.format(Locale.ROOT, "chanye-%s-%05d.warc.gz",
                    STAMP.format(Instant.now()), serial++));
            try {
                current = WarcFile.create(path);
            } catch (FileAlreadyExistsException taken) {
                continue;
            } catch (IOException e) {
                throw new ArchiveException(path, e);
            }
            current.write(WarcRecords.info(path.getFileName().toString(), userAgent));
        }
        return current;
    }
}
