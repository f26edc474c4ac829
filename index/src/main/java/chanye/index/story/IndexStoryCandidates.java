package chanye.index.story;

import chanye.index.schema.ArticleFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The candidates of the local index: the postings of the article's band terms, {@linkplain RarestBands rarest
 * first and within a budget}, in a near-real-time reader of its writer, which sees what the writer wrote, committed
 * or not, as of the last {@link #refresh()}. The candidates' stories and signatures are read from doc values.
 */
final class IndexStoryCandidates implements StoryCandidates {

    private final SearcherManager searchers;

    IndexStoryCandidates(IndexWriter writer) throws IOException {
        this.searchers = new SearcherManager(writer, true, false, null);
    }

    @Override
    public List<Candidate> near(String url, MinHash.Signed signed, int max) throws IOException {
        if (signed.bands().isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<Candidate> candidates = new ArrayList<>();
            for (int hit : sharingBands(leaves, signed.bands(), url, max)) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit, leaves));
                int doc = hit - leaf.docBase;
                BinaryDocValues signatures = leaf.reader().getBinaryDocValues(ArticleFields.STORY_SIGNATURE);
                SortedDocValues stories = leaf.reader().getSortedDocValues(ArticleFields.STORY);
                if (signatures != null && signatures.advanceExact(doc) && stories != null
                        && stories.advanceExact(doc)) {
                    BytesRef bytes = signatures.binaryValue();
                    candidates.add(new Candidate(StoryIds.read(stories.lookupOrd(stories.ordValue())),
                            StorySignature.fromBytes(bytes.bytes, bytes.offset, bytes.length)));
                }
            }
            return candidates;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The live documents, other than the one of {@code url}, that share the most of the bands read, at most
     * {@code max}, as doc ids of the whole reader.
     */
    private static int[] sharingBands(List<LeafReaderContext> leaves, List<String> bands, String url, int max)
            throws IOException {
        TermsEnum[] terms = new TermsEnum[leaves.size()];
        TermState[][] states = new TermState[bands.size()][leaves.size()];
        int[] frequencies = new int[bands.size()];
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            Terms bandTerms = leaves.get(leaf).reader().terms(ArticleFields.STORY_BAND);
            if (bandTerms == null) {
                continue;
            }
            terms[leaf] = bandTerms.iterator();
            for (int band = 0; band < bands.size(); band++) {
                if (terms[leaf].seekExact(new BytesRef(bands.get(band)))) {
                    states[band][leaf] = terms[leaf].termState();
                    frequencies[band] += terms[leaf].docFreq();
                }
            }
        }
        int[] sharing = new int[RarestBands.BUDGET];
        int read = 0;
        PostingsEnum[] postings = new PostingsEnum[leaves.size()];
        for (int band : RarestBands.order(frequencies)) {
            BytesRef term = new BytesRef(bands.get(band));
            for (int leaf = 0; leaf < leaves.size() && read < sharing.length; leaf++) {
                if (states[band][leaf] != null) {
                    terms[leaf].seekExact(term, states[band][leaf]);
                    postings[leaf] = terms[leaf].postings(postings[leaf], PostingsEnum.NONE);
                    read = readLive(leaves.get(leaf), postings[leaf], sharing, read);
                }
            }
        }
        List<Integer> own = docsOf(leaves, url);
        int kept = 0;
        for (int i = 0; i < read; i++) {
            if (!own.contains(sharing[i])) {
                sharing[kept++] = sharing[i];
            }
        }
        return RarestBands.mostShared(sharing, kept, max);
    }

    /** The doc ids of the whole reader that hold {@code url}: the article's own earlier version, if any. */
    private static List<Integer> docsOf(List<LeafReaderContext> leaves, String url) throws IOException {
        List<Integer> docs = new ArrayList<>(1);
        BytesRef term = new BytesRef(url);
        for (LeafReaderContext leaf : leaves) {
            Terms urls = leaf.reader().terms(ArticleFields.URL);
            TermsEnum urlTerms = urls == null ? null : urls.iterator();
            if (urlTerms != null && urlTerms.seekExact(term)) {
                PostingsEnum postings = urlTerms.postings(null, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    docs.add(leaf.docBase + doc);
                }
            }
        }
        return docs;
    }

    /** Appends the live documents of {@code postings} to {@code into} from {@code at}, while there is room. */
    private static int readLive(LeafReaderContext leaf, PostingsEnum postings, int[] into, int at) throws IOException {
        Bits live = leaf.reader().getLiveDocs();
        int next = at;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && next < into.length;
             doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                into[next++] = leaf.docBase + doc;
            }
        }
        return next;
    }

    @Override
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
