package chanye.index;

import chanye.classifier.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Lucene index in a directory on this machine, analysed with {@code segmenter}: the default backend.
 *
 * @param indexDir  the index directory ({@code DATA/index})
 * @param segmenter the segmenter of the taxonomy the index is built with; asked once, when first needed (a writer,
 *                  a query), so that reading without a query (a report, an export) does not load HanLP
 */
public record LocalIndex(Path indexDir, Supplier<Segmenter> segmenter) implements IndexBackend {

    public LocalIndex {
        Objects.requireNonNull(indexDir, "indexDir");
        segmenter = Lazy.of(segmenter);
    }

    /** The index in {@code indexDir}, analysed with a segmenter already made. */
    public LocalIndex(Path indexDir, Segmenter segmenter) {
        this(indexDir, () -> segmenter);
        Objects.requireNonNull(segmenter, "segmenter");
    }

    @Override
    public ArticleIndexWriter openWriter() throws IOException {
        return ArticleIndexWriter.open(indexDir, segmenter.get());
    }

    @Override
    public ArticleSearcher openReader() throws IOException {
        return ArticleSearcher.open(indexDir, segmenter);
    }

    @Override
    public String describe() {
        return "index " + indexDir;
    }
}
