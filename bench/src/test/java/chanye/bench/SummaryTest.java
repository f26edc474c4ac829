package chanye.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryTest {

    private static final double[] TEN = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

    @ParameterizedTest
    @CsvSource({"0, 10", "50, 55", "95, 95.5", "99, 99.1", "100, 100"})
    void percentileInterpolatesBetweenNeighbours(double percent, double expected) {
        assertEquals(expected, Summary.percentile(TEN, percent), 1e-9);
    }

    @Test
    void summarisesUnsortedSamples() {
        assertEquals(new Summary(5, 3, 1, 9), Summary.of(9, 1, 3, 4, 2));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Summary.of(4, 1, 3, 2).median(), 1e-9);
    }

    @Test
    void scalingMultipliesEveryFigureButTheCount() {
        assertEquals(new Summary(3, 32, 16, 48), Summary.of(1, 2, 3).times(16));
    }

    @Test
    void refusesToSummariseNothing() {
        assertThrows(IllegalArgumentException.class, Summary::of);
    }
}
