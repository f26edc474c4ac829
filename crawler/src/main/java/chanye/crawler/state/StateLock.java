package chanye.crawler.state;

import chanye.crawler.CrawlStateException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive file lock held for a whole crawl run, so that two crawls never share one state directory. The
 * operating system drops the lock when the process dies, so a killed crawl never leaves a stale lock behind.
 */
final class StateLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StateLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @throws CrawlStateException "in use" when another crawl holds the lock
     */
    static StateLock acquire(Path file) throws CrawlStateException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(file, null);
            }
            return new StateLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(file, e);
        } catch (CrawlStateException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CrawlStateException(file, "cannot lock the crawl state (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static CrawlStateException inUse(Path file, Throwable cause) {
        return new CrawlStateException(file.getParent(), "in use by another crawl; wait for it to finish "
                + "or use another --data directory", cause);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock attempt already failed; that failure is the one reported
            }
        }
    }
}
