package chanye.index.search;

import chanye.index.StoryCopy;
import chanye.index.schema.ArticleFields;
import chanye.index.story.StoryIds;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/** Reads stories: the copies of one story, and how many stories an index holds. */
public final class StoryCopies {

    /** Copies of one story listed at most. */
    public static final int MAX_COPIES = 1000;

    private static final Set<String> COPY_FIELDS = Set.of(ArticleFields.URL, ArticleFields.SITE, ArticleFields.TITLE,
            ArticleFields.PUBLISH_TIME);
    /** The order copies are listed in: the earliest published first, undated last, then by URL. */
    public static final Comparator<StoryCopy> EARLIEST_FIRST = Comparator.comparing(StoryCopy::publishTime,
            Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant))).thenComparing(StoryCopy::url);

    private StoryCopies() {
    }

    /** Every copy of story {@code story} (16 hex digits), the earliest published first. */
    public static List<StoryCopy> of(IndexSearcher searcher, String story) throws IOException {
        List<StoryCopy> copies = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(ArticleFields.STORY, story)), MAX_COPIES).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc, COPY_FIELDS);
            String time = doc.get(ArticleFields.PUBLISH_TIME);
            copies.add(new StoryCopy(doc.get(ArticleFields.URL), doc.get(ArticleFields.SITE),
                    doc.get(ArticleFields.TITLE), time == null ? null : OffsetDateTime.parse(time)));
        }
        copies.sort(EARLIEST_FIRST);
        return copies;
    }

    /** How many stories the live documents of {@code reader} tell; a document without a story is one of its own. */
    public static long count(IndexReader reader) throws IOException {
        List<long[]> perLeaf = new ArrayList<>();
        long without = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = DocValues.getSorted(leaf.reader(), ArticleFields.STORY);
            FixedBitSet used = new FixedBitSet(Math.max(1, values.getValueCount()));
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (values.advanceExact(doc)) {
                    used.set(values.ordValue());
                } else {
                    without++;
                }
            }
            long[] stories = new long[used.cardinality()];
            int i = 0;
            for (int ord = used.nextSetBit(0); ord != DocIdSetIterator.NO_MORE_DOCS;
                 ord = ord + 1 < used.length() ? used.nextSetBit(ord + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                stories[i++] = StoryIds.read(values.lookupOrd(ord));
            }
            perLeaf.add(stories);
        }
        long[] all = perLeaf.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        long distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                distinct++;
            }
        }
        return distinct + without;
    }
}
