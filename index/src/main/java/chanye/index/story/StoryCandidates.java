package chanye.index.story;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Where {@link StoryAssigner} finds the indexed articles that may be earlier copies of a new one: the documents that
 * share the most signature bands with it. The local index looks in a near-real-time reader of its writer; a Solr
 * collection is asked with a query.
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

    /** Makes what has been written since findable, where that takes a step of its own (a new reader). */
    void refresh() throws IOException;
}
