package chanye.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.index.InvalidQueryException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuerySyntaxTest {

    /** The parse in a compact notation: groups joined by " & ", alternatives by " | ", phrases in «», -excluded. */
    private static String shape(String query) throws InvalidQueryException {
        ParsedQuery parsed = QuerySyntax.parse(query);
        String required = parsed.required().stream()
                .map(group -> group.stream().map(QuerySyntaxTest::part).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining(" & "));
        String excluded = parsed.excluded().stream().map(part -> " -" + part(part)).collect(Collectors.joining());
        return required + excluded;
    }

    private static String part(QueryPart part) {
        return part.phrase() ? "«" + part.text() + "»" : part.text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "光伏 风电; 光伏 & 风电",
        "光伏　风电; 光伏 & 风电",
        "光伏 AND 风电; 光伏 & 风电",
        "光伏 OR 风电 哈密; 光伏 | 风电 & 哈密",
        "光伏 OR 风电 OR 储能; 光伏 | 风电 | 储能",
        "\"煤化工 企业\" 准东; «煤化工 企业» & 准东",
        "光伏 －准东 －\"哈密 光伏\"; 光伏 -准东 -«哈密 光伏»",
        "“塔里木油田”; «塔里木油田»",
        "光伏 -准东 -\"煤化工\"; 光伏 -准东 -«煤化工»",
        "新能源\"新材料\"; 新能源 & «新材料»",
        "or 风电; or & 风电",
        "- 光伏; - & 光伏",
        "title:光伏 +风电; title:光伏 & +风电",
    })
    void parses(String query, String expected) throws InvalidQueryException {
        assertEquals(expected, shape(query));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "\"光伏 风电; unclosed quote at character 1",
        "光伏 “风电; unclosed quote at character 4",
        "OR 光伏; OR at character 1",
        "光伏 OR; OR at character 4",
        "光伏 OR OR 风电; OR at character 4",
        "光伏 OR -风电; cannot join an excluded word",
    })
    void rejectsBrokenSyntaxNamingWhere(String query, String message) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> QuerySyntax.parse(query));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void rejectsAnOverlongQuery() {
        String query = "光伏".repeat(QuerySyntax.MAX_LENGTH);
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> QuerySyntax.parse(query));
        assertTrue(e.getMessage().contains("too long (" + query.length() + " characters)"), e.getMessage());
    }

    @Test
    void quotesQueriesOnOneShortLine() {
        assertEquals("\"a b\"", QuerySyntax.quoted("a\r\n\tb"));
        assertEquals("\"" + "风".repeat(40) + "…\"", QuerySyntax.quoted("风".repeat(100)));
    }

    @Test
    void anEmptyQueryHasNoParts() throws InvalidQueryException {
        assertEquals(new ParsedQuery(List.of(), List.of()), QuerySyntax.parse("  "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "哈密 光伏; 哈密光伏",
        "哈密  光伏 EPC 项目; 哈密光伏 EPC 项目",
        "光伏 EPC; 光伏 EPC",
        "塔里木油田; 塔里木油田",
    })
    void aPhraseCanBeReadWithoutTheSpacesBetweenChineseWords(String phrase, String joined) {
        assertEquals(joined, QuerySyntax.withoutSpacesInChinese(phrase));
    }
}
