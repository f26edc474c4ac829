package chanye.crawler.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;

/**
 * One gzip-compressed WARC file being written. Each record is its own gzip member and reaches the file as it is
 * written, so that a killed process leaves every record before the last one readable. Not thread-safe; failures
 * come back as {@link ArchiveException}s naming the file.
 */
final class WarcFile implements Closeable {

    private final Path path;
    private final FileChannel channel;
    private final WarcWriter writer;

    private WarcFile(Path path, FileChannel channel, WarcWriter writer) {
        this.path = path;
        this.channel = channel;
        this.writer = writer;
    }

    /**
     * Creates the file, which must not exist yet.
     *
     * @throws java.nio.file.FileAlreadyExistsException when it does (not wrapped, so that another name can be tried)
     */
    static WarcFile create(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return new WarcFile(path, channel, new WarcWriter(channel, WarcCompression.GZIP));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** The compressed bytes written so far. */
    long size() {
        return writer.position();
    }

    void write(WarcRecord record) throws ArchiveException {
        try {
            writer.write(record);
        } catch (IOException e) {
            throw new ArchiveException(path, e);
        }
    }

    /** Forces the file to disk and closes it. */
    @Override
    public void close() throws ArchiveException {
        try (writer) {
            channel.force(true);
        } catch (IOException e) {
            throw new ArchiveException(path, e);
        }
    }
}
