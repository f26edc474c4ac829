package chanye.solr;

import chanye.index.schema.ArticleFields;
import chanye.index.story.MinHash;
import chanye.index.story.StoryCandidates;
import chanye.index.story.StoryIds;
import chanye.index.story.StorySignature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CommonParams;

/**
 * The story candidates of a Solr collection: one query for the documents sharing the most bands with an article
 * (each shared band scores one), which the collection shows once committed; the writer keeps what it wrote since in
 * its {@link chanye.index.story.StoryAssigner}.
 */
final class SolrStoryCandidates implements StoryCandidates {

    private final SolrConnection connection;

    SolrStoryCandidates(SolrConnection connection) {
        this.connection = connection;
    }

    @Override
    public List<Candidate> near(String url, MinHash.Signed signed, int max) throws SolrUnavailableException {
        if (signed.bands().isEmpty()) {
            return List.of();
        }
        List<String> bands = new ArrayList<>();
        for (String band : signed.bands()) {
            bands.add(SolrSearches.term(ArticleFields.STORY_BAND, band) + "^=1");
        }
        SolrQuery query = new SolrQuery(String.join(" OR ", bands));
        query.addFilterQuery("-" + SolrSearches.term(ArticleFields.URL, url));
        query.setFields(ArticleFields.STORY, ArticleFields.STORY_SIGNATURE);
        query.setRows(max);
        query.set(CommonParams.DISTRIB_STATS_CACHE, false);
        QueryResponse response = connection.request("look up earlier copies of " + url,
                new QueryRequest(query, SolrRequest.METHOD.POST));
        List<Candidate> candidates = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            Object story = doc.getFirstValue(ArticleFields.STORY);
            Object signature = doc.getFirstValue(ArticleFields.STORY_SIGNATURE);
            if (story != null && signature != null) {
                byte[] bytes = Base64.getDecoder().decode(signature.toString());
                StoryIds.parse(story.toString()).ifPresent(id -> candidates.add(
                        new Candidate(id, StorySignature.fromBytes(bytes, 0, bytes.length))));
            }
        }
        return candidates;
    }

    @Override
    public void refresh() {
        // A commit of the writer makes its documents visible to the next query; nothing to reopen here.
    }

    @Override
    public void close() {
        // The writer owns the connection.
    }
}
