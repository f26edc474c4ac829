package chanye.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportColumnsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 0.04, 0.05, 0.15, 0.25, 0.35, 0.45, 1.05, 2.675, 12.5, 12.45, 12.55, 99.95,
            1e-5, 3.3333333, 1234567.85, 1e21, -0.04, -1.25, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE})
    void aScoreReadsAsFormatWritesIt(double score) {
        assertEquals(String.format(Locale.ROOT, "%.1f", score), ExportColumns.oneDecimal(score));
    }

    @Test
    void scoresAsTheClassifierGivesThemReadAsFormatWritesThem() {
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            double score = i % 2 == 0 ? random.nextInt(1_000_000) / 1000.0 : random.nextDouble() * 100;
            assertEquals(String.format(Locale.ROOT, "%.1f", score), ExportColumns.oneDecimal(score), "score " + score);
        }
    }
}
