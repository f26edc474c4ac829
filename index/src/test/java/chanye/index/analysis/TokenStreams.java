package chanye.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Chains of Lucene's own tokenizers and filters, and the tokens of a stream written out for comparing. */
final class TokenStreams {

    private static final int ALL_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;

    private TokenStreams() {
    }

    /** Lucene's own chain for bigrams of every CJK script, with unigrams or not. */
    static Analyzer luceneBigrams(boolean unigrams) {
        return analyzer(tokenizer -> new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(tokenizer)),
                ALL_SCRIPTS, unigrams), StandardTokenizer::new);
    }

    /** An analyzer of {@code tokenizers}' tokenizer under {@code filters}. */
    static Analyzer analyzer(Function<Tokenizer, TokenStream> filters, Supplier<Tokenizer> tokenizers) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = tokenizers.get();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }
        };
    }

    /**
     * Every token of the stream as term (the UTF-8 bytes the index keeps, in hex), increment and offsets, with its
     * position length and type when {@code typed}, then the stream's final offset and increment.
     */
    static List<String> tokens(TokenStream tokenStream, boolean typed) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream) {
            TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.getBytesRef() + " +" + increment.getPositionIncrement() + " "
                        + offset.startOffset() + "-" + offset.endOffset();
                tokens.add(typed ? token + " *" + length.getPositionLength() + " " + type.type() : token);
            }
            stream.end();
            tokens.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An analyzer that gives another's tokens and notes each text it is given. */
    static final class Watched extends AnalyzerWrapper {

        /** The texts analysed. */
        final Set<String> analysed = new HashSet<>();
        private final Analyzer analyzer;

        Watched(Analyzer analyzer) {
            super(analyzer.getReuseStrategy());
            this.analyzer = analyzer;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return analyzer;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            try {
                StringWriter text = new StringWriter();
                reader.transferTo(text);
                analysed.add(text.toString());
                return new StringReader(text.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
