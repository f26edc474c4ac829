package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecentPassesTest {

    private static final List<Token> COTTON = List.of(new Token("棉花", 0, 2, "n"));
    private static final List<Token> WIND = List.of(new Token("风电", 0, 2, "nz"));
    private static final List<Token> GRAPES = List.of(new Token("葡萄", 0, 2, "n"));

    @Test
    void aTextIsFoundAsTheSameStringOrAnEqualOne() {
        RecentPasses passes = new RecentPasses(2);
        String text = "棉花";
        passes.put(text, text, COTTON);
        assertSame(COTTON, passes.byText(text));
        assertSame(COTTON, passes.byText(new String(text.toCharArray())));
        assertNull(passes.byText("棉"));
    }

    @Test
    void aTextThatNormalisesToARememberedOneIsFoundAndThenRememberedAsItIs() {
        RecentPasses passes = new RecentPasses(2);
        passes.put("风电", "风电", WIND);
        assertNull(passes.byText("風電"));
        assertSame(WIND, passes.byNormalized("風電", "风电"));
        assertSame(WIND, passes.byText("風電"));
    }

    @Test
    void theLeastRecentlyUsedPassIsForgottenFirst() {
        RecentPasses passes = new RecentPasses(2);
        passes.put("棉花", "棉花", COTTON);
        passes.put("风电", "风电", WIND);
        assertSame(COTTON, passes.byText("棉花"));
        passes.put("葡萄", "葡萄", GRAPES);
        assertNull(passes.byText("风电"));
        assertSame(COTTON, passes.byText("棉花"));
        assertSame(GRAPES, passes.byText("葡萄"));
    }
}
