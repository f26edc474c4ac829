package chanye.index.schema;

import chanye.classifier.segment.Segmenter;
import chanye.index.analysis.BigramAnalyzer;
import chanye.index.analysis.HanLPAnalyzer;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzers of the article fields: HanLP words for the word fields, bigrams for the bigram fields. */
public final class ArticleAnalyzers {

    private ArticleAnalyzers() {
    }

    /** Index-time analysis: words with sub-words, and bigrams. */
    public static Analyzer forIndex(Segmenter segmenter) {
        return perField(new HanLPAnalyzer(segmenter, HanLPAnalyzer.Mode.INDEX));
    }

    /** Query-time analysis: coarse words, and bigrams. */
    public static Analyzer forQuery(Segmenter segmenter) {
        return perField(new HanLPAnalyzer(segmenter, HanLPAnalyzer.Mode.QUERY));
    }

    /**
     * What the highlighter re-analyzes stored text with where the postings cannot give the offsets (a one-character
     * query): words as indexed, and bigrams with every character also on its own, so that the character is marked
     * alone.
     */
    public static Analyzer forHighlighting(Segmenter segmenter) {
        return forHighlighting(new HanLPAnalyzer(segmenter, HanLPAnalyzer.Mode.INDEX));
    }

    /**
     * The highlighting analysis over another index-time analysis of the word fields, such as a Solr schema's: its
     * words, and bigrams with every character also on its own.
     */
    public static Analyzer forHighlighting(Analyzer words) {
        return perField(words, BigramAnalyzer.withUnigrams());
    }

    private static Analyzer perField(Analyzer words) {
        return perField(words, new BigramAnalyzer());
    }

    private static Analyzer perField(Analyzer words, Analyzer bigrams) {
        return new PerFieldAnalyzerWrapper(words,
                Map.of(ArticleFields.TITLE_BIGRAMS, bigrams, ArticleFields.BODY_BIGRAMS, bigrams));
    }
}
