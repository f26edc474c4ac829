package chanye.crawler.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever {@link PlainAuthority} reads is what {@link URI} reads: host and port, over plain and odd URLs alike. */
class PlainAuthorityTest {

    private static final String[] SCHEMES = {"http://", "https://", "http://", "https://", "HTTP://", "ftp://", "http:/",
        "http:", ""};
    private static final String[] HOST_PIECES = {"news", "a", "Z9", "b-c", "-", "--", ".", ".", "1", "12", "255", "256",
        "0", "00", "999", "4a", "com", "Ex", "xn--fiqs8s", ":", ":", "80", "0080", "99999", "123456", "@", "[::1]", "_",
        "%41", "新", " ", "#"};
    private static final String[] REST_PIECES = {"/", "/", "?", "#", "%", "%2F", "%zz", "%4", "a", "Z", "0", " ", "新",
        "[", "]", "|", "^", "{", "\\", "'", "!", "~", "..", "=", "&", ";", ":", "@", "*", "$", ",", "+", "(", "\"", "<",
        "`", "\t", "-", "_"};
    private static final String[] LABELS = {"news", "a", "Z9", "b-c", "1", "12", "255", "256", "0", "01", "4a", "com",
        "xn--fiqs8s", "-", "", "a-", "-b", "1000"};
    private static final String[] SAFE_REST = {"/", "/", "?", "=", "&", "a", "Z", "0", "-", "_", ".", "%2F", "~", ":",
        "@", "!", "$", "'", "(", ")", "*", "+", ",", ";"};

    @ParameterizedTest
    @ValueSource(strings = {"http://news.example.cn/a/b.html?x=1&y=%E4%B8%AD", "https://News.Example.CN:8443/",
        "http://127.0.0.1:18103/news/2024-12/30/a001791.html", "http://1.2.3.4.com/", "http://01.02.03.004/",
        "http://256.1.1.1/", "http://1.2.3/", "http://1.2.3.4a/", "http://a-.cn/", "http://-a.cn/", "http://a..cn/",
        "http://a.cn./", "http://a.cn:/", "http://a.cn:0080/", "http://a.cn:99999/", "http://a.cn:123456/",
        "http://user@a.cn/", "http://[::1]:8080/", "http://a_b.cn/", "http://a.cn/a b", "http://a.cn#top",
        "http://a.cn?q", "http://localhost", "http://4a", "http://123", "http://a.cn/%zz", "ftp://a.cn/",
        "HTTP://a.cn/", "http://新闻.cn/", "http://a.cn/新"})
    void readsWhatUriReads(String url) {
        assertSameAsUri(url);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void readsGeneratedUrlsAsUriDoes(long seed) {
        Random random = new Random(seed);
        int plain = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder url = random.nextBoolean() ? nearlyPlain(random) : odd(random);
            assertSameAsUri(url.toString());
            plain += PlainAuthority.of(url.toString()) == null ? 0 : 1;
        }
        assertEquals(true, plain > 500, "too few plain URLs generated: " + plain);
    }

    /** A URL of hosts' labels, a port perhaps, and path characters, now and then an odd one. */
    private static StringBuilder nearlyPlain(Random random) {
        StringBuilder url = new StringBuilder(random.nextBoolean() ? "http://" : "https://");
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            url.append(LABELS[random.nextInt(LABELS.length)]).append(n > 1 ? "." : "");
        }
        if (random.nextInt(3) == 0) {
            url.append(':').append(random.nextInt(4) == 0 ? "" : String.valueOf(random.nextInt(200_000)));
        }
        for (int n = random.nextInt(10); n > 0; n--) {
            url.append(random.nextInt(10) == 0 ? REST_PIECES[random.nextInt(REST_PIECES.length)]
                    : SAFE_REST[random.nextInt(SAFE_REST.length)]);
        }
        return url;
    }

    /** A URL of any pieces at all. */
    private static StringBuilder odd(Random random) {
        StringBuilder url = new StringBuilder(SCHEMES[random.nextInt(SCHEMES.length)]);
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
            url.append(HOST_PIECES[random.nextInt(HOST_PIECES.length)]);
        }
        for (int n = random.nextInt(8); n > 0; n--) {
            url.append(REST_PIECES[random.nextInt(REST_PIECES.length)]);
        }
        return url;
    }

    private static void assertSameAsUri(String url) {
        PlainAuthority plain = PlainAuthority.of(url);
        URI uri = parse(url);
        if (plain != null) {
            assertNotNull(uri, url);
            assertEquals(uri.getHost().toLowerCase(Locale.ROOT), plain.host(), url);
            assertEquals(uri.getPort(), plain.port(), url);
        }
        String host = uri == null || uri.getHost() == null || !"http".equalsIgnoreCase(uri.getScheme())
                && !"https".equalsIgnoreCase(uri.getScheme()) ? null : uri.getHost().toLowerCase(Locale.ROOT);
        assertEquals(host, ScopeFilter.hostOf(url), url);
        String key = uri == null || uri.getHost() == null ? null
                : uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        assertEquals(key, UrlKeys.queueKey(url), url);
    }

    private static URI parse(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
