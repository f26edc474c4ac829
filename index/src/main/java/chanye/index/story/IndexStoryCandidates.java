package chanye.index.story;

import chanye.index.schema.ArticleFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The candidates of the local index: a term lookup per band in a near-real-time reader of its writer, which sees
 * what the writer wrote, committed or not, as of the last {@link #refresh()}.
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
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String band : signed.bands()) {
            query.add(new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.STORY_BAND, band))), Occur.SHOULD);
        }
        query.add(new TermQuery(new Term(ArticleFields.URL, url)), Occur.MUST_NOT);
        IndexSearcher searcher = searchers.acquire();
        try {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<Candidate> candidates = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                int doc = hit.doc - leaf.docBase;
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

    @Override
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }
}
