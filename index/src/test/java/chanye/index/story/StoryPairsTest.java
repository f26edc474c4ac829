package chanye.index.story;

import static org.junit.jupiter.api.Assertions.assertTrue;

import chanye.index.ArticleIndexWriter;
import chanye.index.analysis.TestSegmenters;
import chanye.index.schema.ArticleFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story grouping measured on the labelled pairs ({@link LabelledStoryPairs}) through the real writer: each split's
 * articles are indexed into one index in a shuffled order, and a pair is predicted to be one story when the writer
 * gave both articles the same story id. The test split must reach a precision and a recall of 0.95 each.
 */
class StoryPairsTest {

    private static final double BAR = 0.95;

    @TempDir
    Path dir;

    @Test
    void theTestSplitReachesThePrecisionAndRecallBars() throws IOException {
        Map<String, LabelledStoryPairs.Labelled> articles = LabelledStoryPairs.articles();
        List<LabelledStoryPairs.Pair> pairs = LabelledStoryPairs.pairs();
        Map<String, Scores> bySplit = new TreeMap<>();
        for (String split : List.of("dev", "test")) {
            Map<String, String> stories = storiesOf(articles, split, dir.resolve(split));
            Scores scores = new Scores();
            for (LabelledStoryPairs.Pair pair : pairs) {
                if (pair.split().equals(split)) {
                    boolean predicted = stories.get(pair.a()).equals(stories.get(pair.b()));
                    scores.add(pair, predicted);
                }
            }
            bySplit.put(split, scores);
            System.out.printf("story pairs, %s split: %s%n", split, scores);
        }
        Scores test = bySplit.get("test");
        assertTrue(test.precision() >= BAR && test.recall() >= BAR, "test split: " + test);
    }

    /** Indexes the split's articles in a shuffled order; returns each article's story id. */
    private static Map<String, String> storiesOf(Map<String, LabelledStoryPairs.Labelled> articles, String split,
                                                 Path indexDir) throws IOException {
        List<LabelledStoryPairs.Labelled> chosen = new ArrayList<>(articles.values().stream()
                .filter(article -> article.split().equals(split)).toList());
        Collections.shuffle(chosen, new Random(14));
        try (ArticleIndexWriter writer = ArticleIndexWriter.open(indexDir, TestSegmenters.segmenter())) {
            for (LabelledStoryPairs.Labelled article : chosen) {
                writer.upsert(article.article());
            }
        }
        Map<String, String> storyByUrl = new HashMap<>();
        try (FSDirectory directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                storyByUrl.put(stored.document(doc).get(ArticleFields.URL), stored.document(doc).get(ArticleFields.STORY));
            }
        }
        Map<String, String> stories = new HashMap<>();
        chosen.forEach(article -> stories.put(article.id(), storyByUrl.get(article.article().url())));
        return stories;
    }

    /** Pair counts by outcome, and the misses by kind. */
    private static final class Scores {

        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        private int trueNegatives;
        private final Map<String, Integer> missesByKind = new TreeMap<>();

        void add(LabelledStoryPairs.Pair pair, boolean predicted) {
            if (pair.same() && predicted) {
                truePositives++;
            } else if (pair.same()) {
                falseNegatives++;
                missesByKind.merge(pair.kind() + " missed", 1, Integer::sum);
            } else if (predicted) {
                falsePositives++;
                missesByKind.merge(pair.kind() + " joined", 1, Integer::sum);
            } else {
                trueNegatives++;
            }
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format("precision %.3f, recall %.3f (%d same-story pairs, %d different; errors: %s)",
                    precision(), recall(), truePositives + falseNegatives, falsePositives + trueNegatives,
                    missesByKind);
        }
    }
}
