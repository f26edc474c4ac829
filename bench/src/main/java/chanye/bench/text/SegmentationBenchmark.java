package chanye.bench.text;

import chanye.classifier.ArticleClassifier;
import chanye.classifier.segment.Segmenter;
import chanye.classifier.taxonomy.Taxonomy;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One pass over a fixed batch of generated articles of equal length: HanLP segmentation as the classifier uses
 * it, HanLP's index-mode segmentation as the index uses it, HanLP's default segment without the project's
 * dictionary and normalisation (a baseline), Lucene's smartcn on the same text, and the whole classification.
 * Passes per second times the batch size is articles per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SegmentationBenchmark {

    /** The generator's seed. */
    @Param("1")
    public long seed;

    /** How many articles one pass handles. */
    @Param("100")
    public int articles;

    /** The length of each article's text in characters. */
    @Param("2000")
    public int chars;

    private List<BenchText> texts;
    private ArticleClassifier classifier;
    private Segmenter segmenter;
    private Segment hanlpDefault;
    private Analyzer smartcn;

    /**
     * HanLP's default segment is made first, with HanLP's default custom dictionary: the classifier's segmenter
     * keeps HanLP from loading that dictionary in a JVM where no segment has loaded it yet.
     */
    @Setup
    public void load() {
        texts = BenchText.generate(articles, chars, seed);
        hanlpDefault = HanLP.newSegment();
        classifier = ArticleClassifier.create(Taxonomy.loadDefault());
        segmenter = classifier.segmenter();
        smartcn = new SmartChineseAnalyzer();
    }

    @TearDown
    public void close() {
        smartcn.close();
    }

    @Benchmark
    public void hanlpWords(Blackhole sink) {
        for (BenchText text : texts) {
            sink.consume(segmenter.words(text.body()));
        }
    }

    @Benchmark
    public void hanlpIndexWords(Blackhole sink) {
        for (BenchText text : texts) {
            sink.consume(segmenter.indexWords(text.body()));
        }
    }

    @Benchmark
    public void hanlpDefault(Blackhole sink) {
        for (BenchText text : texts) {
            sink.consume(hanlpDefault.seg(text.body()));
        }
    }

    @Benchmark
    public void smartcn(Blackhole sink) {
        for (BenchText text : texts) {
            try (TokenStream stream = smartcn.tokenStream("body", text.body())) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    sink.consume(term.length());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Benchmark
    public void classify(Blackhole sink) {
        for (BenchText text : texts) {
            sink.consume(classifier.classify(text.title(), text.body()));
        }
    }
}
