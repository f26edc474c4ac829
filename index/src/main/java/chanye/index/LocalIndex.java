package chanye.index;

import chanye.classifier.segment.Segmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The Lucene index in a directory on this machine, analysed with {@code segmenter}: the default backend.
 *
 * @param indexDir  the index directory ({@code DATA/index})
 * @param segmenter the segmenter of the taxonomy the index is built with
 */
public record LocalIndex(Path indexDir, Segmenter segmenter) implements IndexBackend {

    public LocalIndex {
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(segmenter, "segmenter");
    }

    @Override
    public ArticleIndexWriter openWriter() throws IOException {
        return ArticleIndexWriter.open(indexDir, segmenter);
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
