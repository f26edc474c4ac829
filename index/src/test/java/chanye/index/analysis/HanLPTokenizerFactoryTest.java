package chanye.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;

/** The factory is found by its SPI name and builds working tokenizers, with or without a terms file. */
class HanLPTokenizerFactoryTest {

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private static Analyzer analyzer(String... tokenizerParams) throws IOException {
        return CustomAnalyzer.builder(new ClasspathResourceLoader(HanLPTokenizerFactoryTest.class.getClassLoader()))
                .withTokenizer(HanLPTokenizerFactory.NAME, tokenizerParams).build();
    }

    @Test
    void isRegisteredUnderItsName() {
        assertTrue(TokenizerFactory.availableTokenizers().contains("hanlp"));
        assertEquals(HanLPTokenizerFactory.class, TokenizerFactory.lookupClass("hanlp"));
    }

    @Test
    void loadsDomainTermsFromAResource() throws IOException {
        try (Analyzer withTerms = analyzer("terms", "hanlp-terms.txt", "mode", "query");
             Analyzer without = analyzer()) {
            assertEquals(List.of("阿克苏", "长绒棉", "丰收"), terms(withTerms, "阿克苏长绒棉丰收"));
            assertTrue(!terms(without, "阿克苏长绒棉丰收").contains("长绒棉"));
        }
    }

    @Test
    void indexModeAddsSubWords() throws IOException {
        try (Analyzer index = analyzer("mode", "index")) {
            assertEquals(List.of("中华人民共和国", "中华", "华人", "人民", "共和国", "共和"), terms(index, "中华人民共和国"));
        }
    }

    @Test
    void rejectsUnknownArguments() {
        Map<String, String> args = new HashMap<>(Map.of("dictionary", "x.txt"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TokenizerFactory.forName("hanlp", args));
        assertTrue(e.getMessage().contains("dictionary"), e.getMessage());
    }
}
