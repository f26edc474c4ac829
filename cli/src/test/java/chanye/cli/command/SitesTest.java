package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.cli.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --site} takes what users paste: a host, host:port or URL. */
class SitesTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"127.0.0.1", " 127.0.0.1 ", "127.0.0.1:8765", "http://127.0.0.1:8765/",
        "HTTP://127.0.0.1:8765/news/a.html?x=1"})
    void aHostHostAndPortOrPastedUrlBecomesTheHost(String given) {
        assertEquals("127.0.0.1", Sites.host(given));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"News.Tianshan.EXAMPLE, news.tianshan.example",
        "https://News.Tianshan.example/a/, news.tianshan.example", "'[::1]:8765', '[::1]'"})
    void theHostIsLowerCaseAsTheCrawlerStoresIt(String given, String host) {
        assertEquals(host, Sites.host(given));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "ftp://example.org/", "http://", "a b", "http://exa mple.org/"})
    void anythingElseIsBadUsageNamingTheOption(String given) {
        UserException e = assertThrows(UserException.class, () -> Sites.host(given));
        assertTrue(e.getMessage().startsWith("--site: not a host or http(s) URL: "), e.getMessage());
    }

    @Test
    void noSiteIsNoFilter() {
        assertNull(Sites.host(null));
    }
}
