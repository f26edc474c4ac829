package chanye.index;

import chanye.index.analysis.TestSegmenters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Builds real on-disk indexes for tests. */
public final class IndexFixture {

    private IndexFixture() {
    }

    /** An index in {@code dir} holding {@code articles}, committed and closed. */
    public static Path build(Path dir, List<IndexedArticle> articles) throws IOException {
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(dir, TestSegmenters.segmenter())) {
            for (IndexedArticle article : articles) {
                writer.upsert(article);
            }
            writer.commit();
        }
        return dir;
    }

    /** A searcher over a fresh index of all fixture articles in {@code dir}. */
    public static ArticleSearcher searcherOverFixtures(Path dir) throws IOException {
        return ArticleSearcher.open(build(dir, FixtureArticles.all()), TestSegmenters.segmenter());
    }
}
