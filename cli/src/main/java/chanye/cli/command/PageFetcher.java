package chanye.cli.command;

import chanye.cli.UserException;
import chanye.crawler.CrawlConfig;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Fetches single pages for {@code chanye extract URL}: bounded in time and size, bytes kept raw for decoding. */
final class PageFetcher implements AutoCloseable {

    private static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A fetched page: the final URL after redirects, the Content-Type header and the raw body. */
    record Page(String url, String contentType, byte[] body) {
    }

    private final OkHttpClient client = new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(30))
            .followRedirects(true)
            .build();

    static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    Page fetch(String url) {
        Request request;
        try {
            request = new Request.Builder().url(url).header("User-Agent", CrawlConfig.DEFAULT_USER_AGENT).build();
        } catch (IllegalArgumentException e) {
            throw UserException.usage(url + ": not a valid URL");
        }
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw UserException.failure(url + ": HTTP " + response.code(), null);
            }
            ResponseBody body = response.body();
            return new Page(response.request().url().toString(), response.header("Content-Type"), readCapped(body));
        } catch (IOException e) {
            throw UserException.failure(url + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readCapped(ResponseBody body) throws IOException {
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("body larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
