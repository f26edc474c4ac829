package chanye.index.search;

import chanye.index.schema.ArticleFields;
import chanye.index.story.StoryIds;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Every document matching a query, in index order, with what grouping by story needs: its score, its story and
 * its publish time. A document indexed before stories were has no story; it gets a negative key of its own.
 */
public final class Matches {

    /** The publish time of an undated document: after every dated one when the oldest comes first. */
    public static final long UNDATED = Long.MIN_VALUE;

    private int size;
    private int[] docs;
    private float[] scores;
    private long[] stories;
    private long[] times;

    private Matches(int capacity) {
        docs = new int[capacity];
        scores = new float[capacity];
        stories = new long[capacity];
        times = new long[capacity];
    }

    /** A collector manager gathering the matches; scoring them only when {@code scored}. */
    public static CollectorManager<Collector, Matches> collector(boolean scored) {
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new MatchCollector(scored);
            }

            @Override
            public Matches reduce(Collection<Collector> collectors) {
                Matches all = new Matches(collectors.stream().mapToInt(c -> ((MatchCollector) c).matches.size).sum());
                for (Collector collector : collectors) {
                    Matches part = ((MatchCollector) collector).matches;
                    for (int i = 0; i < part.size; i++) {
                        all.add(part.docs[i], part.scores[i], part.stories[i], part.times[i]);
                    }
                }
                all.sortByDoc();
                return all;
            }
        };
    }

    private void add(int doc, float score, long story, long time) {
        if (size == docs.length) {
            int capacity = Math.max(16, size + (size >> 1));
            docs = Arrays.copyOf(docs, capacity);
            scores = Arrays.copyOf(scores, capacity);
            stories = Arrays.copyOf(stories, capacity);
            times = Arrays.copyOf(times, capacity);
        }
        docs[size] = doc;
        scores[size] = score;
        stories[size] = story;
        times[size] = time;
        size++;
    }

    private void sortByDoc() {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = docs[i - 1] < docs[i];
        }
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[size];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        int[] d = new int[size];
        float[] s = new float[size];
        long[] st = new long[size];
        long[] t = new long[size];
        for (int i = 0; i < size; i++) {
            d[i] = docs[order[i]];
            s[i] = scores[order[i]];
            st[i] = stories[order[i]];
            t[i] = times[order[i]];
        }
        docs = d;
        scores = s;
        stories = st;
        times = t;
    }

    /** How many documents match. */
    public int size() {
        return size;
    }

    /** The index-wide doc id of match {@code i}. */
    public int doc(int i) {
        return docs[i];
    }

    /** The score of match {@code i}; 1 when not scored. */
    public float score(int i) {
        return scores[i];
    }

    /** The story key of match {@code i}: its story id, or a negative key of its own when it has none. */
    public long story(int i) {
        return stories[i];
    }

    /** The publish time of match {@code i} in epoch milliseconds, or {@link #UNDATED}. */
    public long time(int i) {
        return times[i];
    }

    private static final class MatchCollector implements Collector {

        private final boolean scored;
        private final Matches matches = new Matches(1024);

        MatchCollector(boolean scored) {
            this.scored = scored;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues stories = DocValues.getSorted(context.reader(), ArticleFields.STORY);
            long[] storyOfOrd = new long[stories.getValueCount()];
            NumericDocValues times = DocValues.getNumeric(context.reader(), ArticleFields.PUBLISH_TIME);
            int docBase = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                /** The story id of an ordinal of this segment, read once; ids are positive, 0 means not read yet. */
                private long story(int ord) throws IOException {
                    if (storyOfOrd[ord] == 0) {
                        storyOfOrd[ord] = StoryIds.read(stories.lookupOrd(ord));
                    }
                    return storyOfOrd[ord];
                }

                @Override
                public void collect(int doc) throws IOException {
                    int global = docBase + doc;
                    long story = stories.advanceExact(doc) ? story(stories.ordValue()) : -1L - global;
                    long time = times.advanceExact(doc) ? times.longValue() : UNDATED;
                    matches.add(global, scored ? scorer.score() : 1f, story, time);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
