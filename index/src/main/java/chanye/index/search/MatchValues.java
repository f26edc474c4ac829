package chanye.index.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;

/** Reads the values of a facet field (sorted or sorted-set doc values) for every match, segment by segment. */
public final class MatchValues {

    private MatchValues() {
    }

    /** What is done with each value of each match. */
    @FunctionalInterface
    public interface ValueAction {

        /** Takes value {@code value} of match {@code match} (an index into the {@link Matches}). */
        void accept(int match, String value);
    }

    /** Hands every value of {@code field} of every match to {@code action}, in index order. */
    public static void forEach(IndexReader reader, Matches matches, String field, ValueAction action)
            throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        int i = 0;
        while (i < matches.size()) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(matches.doc(i), leaves));
            int leafEnd = leaf.docBase + leaf.reader().maxDoc();
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            String[] labels = new String[(int) values.getValueCount()];
            for (; i < matches.size() && matches.doc(i) < leafEnd; i++) {
                if (!values.advanceExact(matches.doc(i) - leaf.docBase)) {
                    continue;
                }
                for (int n = 0; n < values.docValueCount(); n++) {
                    int ord = (int) values.nextOrd();
                    if (labels[ord] == null) {
                        labels[ord] = values.lookupOrd(ord).utf8ToString();
                    }
                    action.accept(i, labels[ord]);
                }
            }
        }
    }
}
