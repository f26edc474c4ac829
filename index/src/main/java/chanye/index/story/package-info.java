/**
 * Stories: the copies of one article republished (转载) across sites, found when each copy is indexed.
 *
 * <p>An article's body is segmented into words, cut into overlapping runs of words ({@link Shingles}), and
 * summarised by a MinHash {@link StorySignature}: a fixed number of minimum hash values whose agreement between two
 * articles estimates how many runs of words they share. The signature's bands are indexed as terms, so the
 * articles that may be copies of a new one are found through the postings of their rarest bands (locality-sensitive
 * hashing); {@link StoryMatch} then decides from the two signatures whether they tell one story.
 */
package chanye.index.story;
