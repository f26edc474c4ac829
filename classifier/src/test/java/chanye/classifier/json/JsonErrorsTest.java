package chanye.classifier.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonErrorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `{"a": [}`      | Unexpected close marker '}': expected ']'
        `{"a": [1`      | Unexpected end-of-input: expected close marker for Array
        `{"a": 1`       | Unexpected end-of-input: expected close marker for Object
        `{a: 1}`        | Unexpected character ('a'): was expecting double-quote to start field name
        `{"a": "\\q"}`  | Unrecognized character escape 'q'
        `{"a": 01}`     | Invalid numeric value: Leading zeroes not allowed
        """)
    void aReasonHasNoSourceLocationNorCharacterCode(String json, String expected) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(json));
        assertEquals(expected, JsonErrors.reason(e));
    }
}
