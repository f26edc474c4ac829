package chanye.crawler.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Hostile bodies: gzip bombs, binary junk, deep nesting. */
public final class Bodies {

    private Bodies() {
    }

    /** The bytes gzip-compressed, as a server sending Content-Encoding: gzip would. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A gzip stream that inflates to {@code inflatedBytes} spaces: small on the wire, huge in memory. */
    public static byte[] gzipBomb(int inflatedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] block = new byte[1 << 16];
            Arrays.fill(block, (byte) ' ');
            for (int written = 0; written < inflatedBytes; written += block.length) {
                gz.write(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Random bytes with a fixed seed, like an image or archive. */
    public static byte[] binary(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** A page with the given number of nested {@code <div>}s around one paragraph. */
    public static String nested(int depth) {
        return "<html><body>" + "<div>".repeat(depth) + "<p class=\"content\">深层嵌套页面</p>" + "</div>".repeat(depth)
                + "</body></html>";
    }
}
