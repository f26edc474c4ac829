package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chanye.index.SearchRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --sort} reads the contract's words in any case. */
class SortOrdersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"relevance, RELEVANCE", "date, DATE", "DATE, DATE", "' Date ', DATE"})
    void readsTheDocumentedWordsInAnyCase(String value, SearchRequest.Sort expected) {
        assertEquals(expected, new SortOrders().convert(value));
    }
}
