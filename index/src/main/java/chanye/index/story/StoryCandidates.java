package chanye.index.story;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where {@link StoryAssigner} finds the indexed articles that may be earlier copies of a new one: the documents that
 * share the most signature bands with it. The local index keeps its articles' bands in memory and finds what it is
 * told of at once; a Solr collection is asked with a query, and finds what was written once it is committed.
 */
public interface StoryCandidates extends Closeable {

    /** An indexed article that may be a copy: its story and its body's signature. */
    record Candidate(long story, StorySignature signature) {
    }

    /**
     * The indexed documents, other than the one of {@code url}, that share the most bands with {@code signed}, at
     * most {@code max} of them.
     */
    List<Candidate> near(String url, MinHash.Signed signed, int max) throws IOException;

    /** Makes what has been written since findable, where that takes a step of its own (a commit). */
    void refresh() throws IOException;

    /**
     * Whether an article {@linkplain #add added} is found by the next lookup; when not, the assigner keeps its
     * assignments pending until the source is refreshed.
     */
    default boolean findsAdded() {
        return false;
    }

    /** Records the story given to the article at {@code url}, in place of its earlier version; a no-op by default. */
    default void add(String url, long story, MinHash.Signed signed) {
    }

    /** Forgets the article at {@code url}, deleted or not written after all; a no-op by default. */
    default void remove(String url) {
    }
}
