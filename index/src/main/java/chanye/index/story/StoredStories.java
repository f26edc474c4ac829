package chanye.index.story;

import chanye.index.schema.ArticleFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Loads the {@link MemoryStoryCandidates} of an index from what its documents hold: the URL's term, the story and the
 * signature from doc values, and the band keys packed in {@link ArticleFields#STORY_BAND_KEYS}, or, for an article
 * written by a version that indexed its bands as {@link ArticleFields#STORY_BAND} terms instead, from those terms.
 * No stored field is read.
 */
public final class StoredStories {

    private StoredStories() {
    }

    /** The candidates among the live documents of {@code writer}, committed or not. */
    public static StoryCandidates load(IndexWriter writer) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            MemoryStoryCandidates candidates = new MemoryStoryCandidates(reader.numDocs());
            for (LeafReaderContext leaf : reader.leaves()) {
                load(leaf.reader(), candidates);
            }
            return candidates;
        }
    }

    private static void load(LeafReader leaf, MemoryStoryCandidates candidates) throws IOException {
        SortedDocValues stories = leaf.getSortedDocValues(ArticleFields.STORY);
        BinaryDocValues signatures = leaf.getBinaryDocValues(ArticleFields.STORY_SIGNATURE);
        if (stories == null || signatures == null) {
            return;
        }
        long[] urlKeys = urlKeys(leaf);
        BinaryDocValues packed = leaf.getBinaryDocValues(ArticleFields.STORY_BAND_KEYS);
        int[][] termBands = null;
        Bits live = leaf.getLiveDocs();
        for (int doc = signatures.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = signatures.nextDoc()) {
            if ((live != null && !live.get(doc)) || urlKeys[doc] < 0 || !stories.advanceExact(doc)) {
                continue;
            }
            BytesRef bytes = signatures.binaryValue();
            if (StorySignature.shingles(bytes.bytes, bytes.offset, bytes.length) < StoryMatch.MIN_SHINGLES) {
                continue;
            }
            int[] keys;
            if (packed != null && packed.advanceExact(doc)) {
                keys = BandKeys.unpack(packed.binaryValue());
            } else {
                termBands = termBands == null ? termBands(leaf) : termBands;
                keys = termBands[doc] == null ? new int[0] : termBands[doc];
            }
            candidates.add(urlKeys[doc], StoryIds.read(stories.lookupOrd(stories.ordValue())),
                    BytesRef.deepCopyOf(bytes).bytes, keys);
        }
    }

    /** The {@linkplain StoryIds#of hash} of each document's URL, -1 where it has none. */
    private static long[] urlKeys(LeafReader leaf) throws IOException {
        long[] keys = new long[leaf.maxDoc()];
        Arrays.fill(keys, -1);
        forEachDoc(leaf, ArticleFields.URL, term -> {
            long key = StoryIds.of(term.utf8ToString());
            return doc -> keys[doc] = key;
        });
        return keys;
    }

    /** The band keys of each document from its band terms (an index written before the keys were packed). */
    private static int[][] termBands(LeafReader leaf) throws IOException {
        int[][] keys = new int[leaf.maxDoc()][];
        int[] counts = new int[leaf.maxDoc()];
        forEachDoc(leaf, ArticleFields.STORY_BAND, term -> {
            int key = BandKeys.of(term.utf8ToString());
            return doc -> {
                if (keys[doc] == null) {
                    keys[doc] = new int[MinHash.BANDS];
                }
                if (counts[doc] < MinHash.BANDS) {
                    keys[doc][counts[doc]++] = key;
                }
            };
        });
        for (int doc = 0; doc < keys.length; doc++) {
            if (keys[doc] != null && counts[doc] < MinHash.BANDS) {
                keys[doc] = Arrays.copyOf(keys[doc], counts[doc]);
            }
        }
        return keys;
    }

    /** Gives each document of each term of {@code field} to what {@code perTerm} makes of the term. */
    private static void forEachDoc(LeafReader leaf, String field, Function<BytesRef, IntConsumer> perTerm)
            throws IOException {
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum termsEnum = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            IntConsumer docs = perTerm.apply(term);
            postings = termsEnum.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs.accept(doc);
            }
        }
    }
}
