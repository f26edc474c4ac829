package chanye.crawler.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates hostile URLs and link targets from a seed: percent-escapes of every kind (unreserved, reserved, broken,
 * GBK and UTF-8 bytes, escaped escapes), IDN, punycode and full-width hosts, IPv4 and IPv6 literals, user-info,
 * odd ports, dot segments, control, full-width and unpaired surrogate characters, session and tracking parameters,
 * fragments and overlong strings, each assembled from parts at random, so that the combinations are ones nobody
 * wrote down.
 */
public final class HostileUrls {

    private static final String[] SCHEMES = {"http://", "https://", "HTTP://", "hTtPs://", "http:/", "http:",
        "http:///", "ftp://", "javascript:", "mailto:", "//", "", " http://", "\thttps://", "http\u0000://",
        "ｈｔｔｐ://", "data:text/html,"};
    private static final String[] USER_INFO = {"", "", "", "user@", "user:pass@", "@", "a@b@", "%40@", "用户@",
        "u%3Ap@", ":@", "user:pass:more@"};
    private static final String[] HOSTS = {"news.example.cn", "NEWS.Example.CN", "news.example.cn.", "新闻.中国",
        "xn--efvy88h.xn--fiqs8s", "xn--.cn", "xn--zz--.cn", "ｎｅｗｓ．ｅｘａｍｐｌｅ．ｃｎ", "news。example。cn",
        "127.0.0.1", "0x7f.1", "2130706433", "999.999.999.999", "[::1]", "[2001:db8::1]", "[fe80::1%25eth0]",
        "[::ffff:127.0.0.1]", "[::1", "::1]", "[]", "", ".", "..", "-bad-.cn", "a..b.cn", "news.example.cn%2e",
        "news%2Eexample.cn", "ne ws.cn", "news\u0000.cn", "news_under.cn", "x".repeat(64) + ".cn",
        "标".repeat(300) + ".cn", "a.b.c.d.e.f.g.h.cn"};
    private static final String[] PORTS = {"", "", "", ":80", ":443", ":8080", ":0", ":65535", ":65536", ":-1",
        ":abc", ":", "::80", ":99999999999"};
    private static final String[] SEGMENTS = {"news", "%41%42%43", "p%2d1", "p%2D2", "%7E", "~user%7E",
        "%2e", "%2E%2E", "..", ".", "", "%2F", "%2f%2f", "%", "%4", "%zz", "%%", "%%41", "%2541", "%25",
        "%E4%B8%AD%E6%96%87", "%D6%D0%CE%C4", "%e4%b8", "%C0%AF", "%FF%FE", "中文", "新闻 资讯", "ａｂｃ１２３",
        "／全角／", "%00", "%0A", "%0d%0a", "\u0000", "\t", "\n", "\r\n", " ", "\u3000", "\uD800", "\uDFFF",
        "\uD83D\uDE00", "a;jsessionid=0A1B", ";sid=9", "index_3.shtml", "list_2.html", "%3F", "%23", "%26",
        "%3D", "a\\b", "<x>", "\"q\"", "{}", "|", "^", "`", "[1]", "@", "%5B%5D", "%u4E2D", "&#x4E2D;",
        "%C3%A9", "é", "e\u0301", "x".repeat(300)};
    private static final String[] QUERIES = {"", "", "?", "?p=1", "?q=f", "?id=3&page=2", "?page=4", "?&&=",
        "?=&=", "?a", "?a=", "?a=1&a=2", "?%41=%42", "?utm_source=wx&spm=a.b&id=7", "?z=2&a=1",
        "?PHPSESSID=abc&page=2", "?q=%E4%B8%AD", "?q=中文", "?q=%D6%D0", "?q=%", "?q=%zz", "?q=a+b c",
        "?q=a#b?c", "??", "?a=1?b=2", "?q=" + "y".repeat(3000), "?\u0000=1", "?q=\uD800"};
    private static final String[] FRAGMENTS = {"", "", "#", "#top", "#%41", "#中文", "##", "#a#b", "#?q=1",
        "#/path/../x"};
    private static final String[] RELATIVE = {"/", "?page=2", "#top", "../list_2.html", "./a.html", "../../../..",
        "//other.example.cn/x", "\\\\evil\\x", "/\\evil.cn", "///x", "index_3.shtml", " /news/1.html ",
        "\n/news/2.html", "javascript:void(0)", "JaVaScRiPt:alert(1)", "data:,x", "file:///etc/passwd",
        "tel:123", "mailto:a@b.cn", "about:blank", "http:\\\\x.cn", ":", "::", "%", "?", "#", "/%41%42%43?p=1",
        "/zt/p%2d1/p%2d2/?q=f", "/~a%7E/list?id=3&page=2"};

    private final Random random;

    /** @param seed the seed of the generator: the same seed gives the same URLs */
    public HostileUrls(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} absolute-looking URLs (most of them http or https). */
    public List<String> absolute(int count) {
        List<String> urls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            urls.add(absolute());
        }
        return urls;
    }

    /** {@code count} link targets as a page holds them: absolute URLs, paths, queries and other schemes. */
    public List<String> hrefs(int count) {
        List<String> hrefs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hrefs.add(switch (random.nextInt(3)) {
                case 0 -> absolute();
                case 1 -> pick(RELATIVE);
                default -> path() + pick(QUERIES) + pick(FRAGMENTS);
            });
        }
        return hrefs;
    }

    private String absolute() {
        String url = pick(SCHEMES) + pick(USER_INFO) + pick(HOSTS) + pick(PORTS) + path() + pick(QUERIES)
                + pick(FRAGMENTS);
        return random.nextInt(50) == 0 ? url + "/" + "z".repeat(random.nextInt(5000)) : url;
    }

    private String path() {
        StringBuilder path = new StringBuilder();
        int segments = random.nextInt(6);
        for (int i = 0; i < segments; i++) {
            path.append(random.nextInt(12) == 0 ? "//" : "/").append(pick(SEGMENTS));
        }
        return random.nextBoolean() ? path.append('/').toString() : path.toString();
    }

    private String pick(String[] parts) {
        return parts[random.nextInt(parts.length)];
    }
}
