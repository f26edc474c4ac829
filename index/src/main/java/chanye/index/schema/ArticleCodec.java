package chanye.index.schema;

import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * The codec the index is written with: Lucene's default, with a Bloom filter in front of the story band terms.
 *
 * <p>A story lookup seeks each of an article's bands in every segment, and in most segments finds none of them:
 * the filter answers "not here" from memory, where the terms dictionary would read a block from disk for each. The
 * index stays readable by a plain Lucene of this version with lucene-codecs on its class path (the segments name
 * their formats, which are found by name).
 */
public final class ArticleCodec extends Lucene912Codec {

    private final PostingsFormat bands = new BloomFilteringPostingsFormat(super.getPostingsFormatForField(
            ArticleFields.STORY_BAND));

    @Override
    public PostingsFormat getPostingsFormatForField(String field) {
        return ArticleFields.STORY_BAND.equals(field) ? bands : super.getPostingsFormatForField(field);
    }
}
