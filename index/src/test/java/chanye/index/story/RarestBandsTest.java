package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RarestBandsTest {

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of(new int[] {5, 1, 3}, new int[] {1, 2, 0}),
                Arguments.of(new int[] {0, 2, 0, 2, 1}, new int[] {4, 1, 3}),
                Arguments.of(new int[] {0, 0}, new int[] {}),
                Arguments.of(new int[] {}, new int[] {}));
    }

    @ParameterizedTest
    @MethodSource("orders")
    void bandsAreReadRarestFirstAndThoseNoArticleHoldsNotAtAll(int[] frequencies, int[] expected) {
        assertArrayEquals(expected, RarestBands.order(frequencies));
    }

    static Stream<Arguments> shares() {
        return Stream.of(
                Arguments.of(new int[] {7, 3, 7, 9, 3, 7}, 6, 2, new int[] {7, 3}),
                Arguments.of(new int[] {9, 4, 2}, 3, 2, new int[] {2, 4}),
                Arguments.of(new int[] {5, 5, 1, 1, 8}, 4, 8, new int[] {1, 5}),
                Arguments.of(new int[] {4}, 0, 8, new int[] {}),
                Arguments.of(new int[] {40, 3, 17, 3, 900, 17, 5, 40, 2}, 9, 3, new int[] {3, 17, 40}),
                Arguments.of(new int[] {40, 3, 17, 3, 900, 17, 5, 40, 2, 900, 900}, 11, 2, new int[] {900, 3}),
                Arguments.of(new int[] {6, 1, 0, 1}, 4, 0, new int[] {}));
    }

    @ParameterizedTest
    @MethodSource("shares")
    void theMostSharedComeFirstTiesByValue(int[] values, int count, int max, int[] expected) {
        assertArrayEquals(expected, RarestBands.mostShared(values, count, max));
    }
}
