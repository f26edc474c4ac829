package chanye.classifier.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "，    | w  | true",
        "abc   | nx | false",
        "风电  | nz | false",
        "2024  | m  | false",
        "'  '  | x  | true",
        "😀    | x  | true",
        "𠀀    | x  | false",
        "龥    | x  | false",
        "〇    | x  | true",
        "·Z    | x  | false",
        "—9    | x  | false",
        "é     | x  | false",
    })
    void punctuationIsWhatHoldsNoLetterOrDigit(String text, String pos, boolean punctuation) {
        assertEquals(punctuation, new Token(text, 0, text.length(), pos).isPunctuation());
    }

    @Test
    void rejectsOffsetsThatDoNotMakeARange() {
        assertThrows(IllegalArgumentException.class, () -> new Token("风电", 3, 2, "nz"));
    }
}
