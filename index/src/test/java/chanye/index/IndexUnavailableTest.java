package chanye.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.index.analysis.TestSegmenters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Missing and damaged indexes give one clear message that says what to do, for searchers and writers alike. */
class IndexUnavailableTest {

    @TempDir
    Path dir;

    /** Ways an index's files get damaged. */
    enum Damage {
        TRUNCATED_SEGMENTS_FILE("segments_") {
            @Override
            void apply(Path file) throws IOException {
                byte[] bytes = Files.readAllBytes(file);
                Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            }
        },
        GARBAGE_SEGMENTS_FILE("segments_") {
            @Override
            void apply(Path file) throws IOException {
                Files.writeString(file, "这不是索引文件");
            }
        },
        MISSING_SEGMENT_INFO(".si") {
            @Override
            void apply(Path file) throws IOException {
                Files.delete(file);
            }
        },
        EMPTY_SEGMENT_INFO(".si") {
            @Override
            void apply(Path file) throws IOException {
                Files.write(file, new byte[0]);
            }
        };

        private final String fileMarker;

        Damage(String fileMarker) {
            this.fileMarker = fileMarker;
        }

        abstract void apply(Path file) throws IOException;

        void applyTo(Path index) throws IOException {
            try (Stream<Path> files = Files.list(index)) {
                for (Path file : files.filter(f -> f.getFileName().toString().contains(fileMarker)).toList()) {
                    apply(file);
                }
            }
        }
    }

    private Path damagedIndex(Damage damage) throws IOException {
        Path index = IndexFixture.build(dir.resolve("index"), FixtureArticles.all().subList(0, 5));
        damage.applyTo(index);
        return index;
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aSearcherOnADamagedIndexSaysItIsCorruptAndHowToRebuild(Damage damage) throws IOException {
        Path index = damagedIndex(damage);
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class,
                () -> ArticleSearcher.open(index, TestSegmenters.segmenter()));
        assertCorruptMessage(index, e);
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aWriterOnADamagedIndexSaysItIsCorruptAndHowToRebuild(Damage damage) throws IOException {
        Path index = damagedIndex(damage);
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class,
                () -> ArticleIndexWriter.open(index, TestSegmenters.segmenter()));
        assertCorruptMessage(index, e);
    }

    private static void assertCorruptMessage(Path index, IndexUnavailableException e) {
        assertEquals(index, e.indexDir());
        assertTrue(e.getMessage().contains("corrupt") && e.getMessage().contains("rebuild"), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());
    }

    @Test
    void aMissingDirectoryHasNoIndexToSearch() {
        Path missing = dir.resolve("nothing-here");
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class,
                () -> ArticleSearcher.open(missing, TestSegmenters.segmenter()));
        assertTrue(e.getMessage().contains("no index here: run chanye crawl first"), e.getMessage());
        assertTrue(Files.notExists(missing), "a searcher creates nothing");
    }

    @Test
    void anEmptyDirectoryHasNoIndexToSearch() {
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class,
                () -> ArticleSearcher.open(dir, TestSegmenters.segmenter()));
        assertTrue(e.getMessage().contains("no index here"), e.getMessage());
    }

    @Test
    void aFileIsNoIndexDirectory() throws IOException {
        Path file = Files.writeString(dir.resolve("index"), "plain text");
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class,
                () -> ArticleSearcher.open(file, TestSegmenters.segmenter()));
        assertTrue(e.getMessage().contains("not an index directory"), e.getMessage());
    }

    @Test
    void anIndexOpenedByAWriterThatAddedNothingIsEmptyNotMissing() throws IOException {
        IndexFixture.build(dir, List.of());
        try (ArticleSearcher searcher = ArticleSearcher.open(dir, TestSegmenters.segmenter())) {
            IndexStats stats = searcher.stats();
            assertEquals(0, stats.documents());
            assertTrue(stats.clusters().isEmpty() && stats.sites().isEmpty());
            assertEquals(null, stats.oldest());
        }
    }
}
