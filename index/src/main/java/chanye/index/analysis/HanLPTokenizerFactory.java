package chanye.index.analysis;

import chanye.classifier.segment.Segmenter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Makes {@link HanLPTokenizer}s for Lucene's analysis SPI under the name {@value #NAME}, so Solr or
 * {@code CustomAnalyzer} can load it by name.
 *
 * <p>Arguments: {@code terms} (optional) names a UTF-8 resource with one domain term per line ({@code #} starts a
 * comment), loaded through the {@link ResourceLoader}; {@code mode} is {@code index} (default) or {@code query}.
 * Without {@code terms} the segmenter uses HanLP's dictionaries alone.
 */
public final class HanLPTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {

    /** The SPI name. */
    public static final String NAME = "hanlp";

    private final String termsResource;
    private final HanLPAnalyzer.Mode mode;
    private Segmenter segmenter;

    /** Builds the factory from its arguments; unknown arguments are an error. */
    public HanLPTokenizerFactory(Map<String, String> args) {
        super(args);
        termsResource = get(args, "terms");
        mode = HanLPAnalyzer.Mode.valueOf(get(args, "mode", List.of("index", "query"), "index")
                .toUpperCase(Locale.ROOT));
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters for the hanlp tokenizer: " + args);
        }
        if (termsResource == null) {
            segmenter = new Segmenter(List.of());
        }
    }

    /** For the SPI loader only. */
    public HanLPTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (termsResource != null) {
            segmenter = new Segmenter(getLines(loader, termsResource));
        }
    }

    @Override
    public Tokenizer create(AttributeFactory factory) {
        if (segmenter == null) {
            throw new IllegalStateException("the hanlp tokenizer's terms " + termsResource
                    + " were not loaded: inform(ResourceLoader) must run first");
        }
        return new HanLPTokenizer(factory, segmenter, mode);
    }
}
