package chanye.crawler.discover;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

public class LinkTextTest {

    /**
     * No text that {@code matches} takes holds a character that shows (in a link's text) outside {@code characters}:
     * every character of the basic plane is put in each sample at every place, and in place of each of its
     * characters. The samples themselves are let through by {@link LinkText}.
     */
    public static void assertLetsThroughEveryMatch(Predicate<String> matches, int maxShown, String characters,
                                                   List<String> samples) {
        for (String sample : samples) {
            assertTrue(matches.test(sample), sample);
            assertTrue(LinkText.mayBe(new Element("a").appendText(sample), maxShown, characters), sample);
            for (int at = 0; at <= sample.length(); at++) {
                for (char c = 0; c < Character.MAX_VALUE; c++) {
                    if (characters.indexOf(c) >= 0 || c <= ' ' || c == '\u00A0' || c == '\u200B' || c == '\u00AD'
                            || Character.isWhitespace(c)) {
                        continue;
                    }
                    String put = sample.substring(0, at) + c + sample.substring(at);
                    String replaced = at < sample.length() ? sample.substring(0, at) + c + sample.substring(at + 1)
                            : sample;
                    int code = c;
                    assertFalse(matches.test(put.strip()) || !replaced.equals(sample) && matches.test(replaced.strip()),
                            () -> "U+" + Integer.toHexString(code) + " in a match of " + sample);
                }
            }
        }
    }

    @Test
    void theSetOfPagerCharactersLacksNoneAPagerTextHolds() {
        assertLetsThroughEveryMatch(text -> PageLinks.PAGER_TEXT.matcher(text).matches(), PageLinks.MAX_PAGER_TEXT,
                PageLinks.PAGER_CHARACTERS, List.of("1", "[1]", "第1页", "下页", "上一頁", "最后一页", "<<", "next page",
                        "previous page", "older posts", "NEWER", "last"));
    }

    @Test
    void countsTheCharactersThatShowInEveryTextNodeOfTheLink() {
        Element link = Jsoup.parse("<a href=/p> 下一页 <b>\u200B&nbsp;12345</b><i>6789</i></a>").selectFirst("a");
        assertTrue(LinkText.mayBe(link, 12, "下一页0123456789"));
        assertFalse(LinkText.mayBe(link, 11, "下一页0123456789"));
        assertFalse(LinkText.mayBe(link, 12, "下一页012345678"));
        assertFalse(LinkText.mayBe(Jsoup.parse("<a>首页</a>").selectFirst("a"), 12, "下一页"));
    }
}
