package chanye.index.schema;

/**
 * The names of the fields of an article document, and what each holds.
 *
 * <p>Text is indexed twice: as HanLP words (with sub-words) in {@link #TITLE} and {@link #BODY}, and as character
 * bigrams in {@link #TITLE_BIGRAMS} and {@link #BODY_BIGRAMS}, so that a run of characters inside a word is
 * still found. Both keep offsets in the postings, which is what the highlighter reads.
 */
public final class ArticleFields {

    /** The URL: the document's id; indexed as one term, stored. */
    public static final String URL = "url";
    /** The host; a filter term, a facet (sorted doc values), stored. */
    public static final String SITE = "site";
    /** The headline as HanLP words; stored. */
    public static final String TITLE = "title";
    /** The headline as character bigrams; not stored. */
    public static final String TITLE_BIGRAMS = "title.bigrams";
    /** The article text as HanLP words; stored. */
    public static final String BODY = "body";
    /** The article text as character bigrams; not stored. */
    public static final String BODY_BIGRAMS = "body.bigrams";
    /** The 来源; stored only. */
    public static final String SOURCE = "source";
    /** The author; stored only. */
    public static final String AUTHOR = "author";
    /** The publish time: epoch milliseconds as a point (range filters) and doc value (sorting); ISO-8601 stored. */
    public static final String PUBLISH_TIME = "publishTime";
    /** The fetch time, ISO-8601; stored only. */
    public static final String CRAWL_TIME = "crawlTime";
    /** One cluster id per value; a filter term and a facet (sorted-set doc values). */
    public static final String CLUSTER = "cluster";
    /** One cluster's Chinese name per value, so that a filter may name a cluster either way. */
    public static final String CLUSTER_NAME = "clusterName";
    /** The clusters with their scores and evidence as a JSON array; stored only. */
    public static final String CLUSTER_TAGS = "clusterTags";
    /** One keyword per value; a filter term, stored. */
    public static final String KEYWORD = "keyword";
    /** One region per value; a filter term, a facet, stored. */
    public static final String REGION = "region";
    /** The hash of the normalised title and body; a lookup term, stored. */
    public static final String CONTENT_HASH = "contentHash";
    /**
     * The story the article is a copy of: its id as 16 hex digits (a lookup term, stored) and as a number (numeric
     * doc values, for grouping hits by story).
     */
    public static final String STORY = "story";
    /**
     * One term per band of the body's MinHash signature, for finding near copies; not stored. The local index keeps
     * them as {@link #STORY_BAND_KEYS} instead (its indexes written before hold them as terms).
     */
    public static final String STORY_BAND = "story.band";
    /** The keys of the {@link #STORY_BAND} terms packed in one binary doc value, which the local writer loads. */
    public static final String STORY_BAND_KEYS = "story.band.keys";
    /** The body's MinHash signature (binary doc values), for comparing a new article with its candidates. */
    public static final String STORY_SIGNATURE = "story.signature";

    private ArticleFields() {
    }
}
