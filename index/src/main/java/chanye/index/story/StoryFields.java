package chanye.index.story;

import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * What an article's document holds about its story: every backend indexes the same. The local index writes the
 * signature's bytes and band keys straight from the signing; the schema's text values (a Solr collection's) are
 * written from them only when asked for.
 *
 * @param story  the story id, 16 hex digits
 * @param signed the body's signature and bands; {@code null} when the article was not signed
 */
public record StoryFields(String story, MinHash.Signed signed) {

    public StoryFields {
        Objects.requireNonNull(story, "story");
    }

    /** The fields of an article that is a story of its own and was not signed: no bands, no signature. */
    public static StoryFields unsigned(long story) {
        return new StoryFields(StoryIds.format(story), null);
    }

    /** The fields of an article given story {@code story} with this signature and bands. */
    public static StoryFields of(long story, MinHash.Signed signed) {
        return new StoryFields(StoryIds.format(story), Objects.requireNonNull(signed, "signed"));
    }

    /** The band terms of the body's signature, for finding near copies; empty when the article was not signed. */
    public List<String> bands() {
        return signed == null ? List.of() : signed.bands();
    }

    /** The key of each band, in order; empty when the article was not signed. */
    public int[] bandKeys() {
        return signed == null ? new int[0] : signed.bandKeys();
    }

    /**
     * The body's signature as {@link StorySignature#toBytes}, an array the signing made once and shares, not to be
     * changed; {@code null} when the article was not signed.
     */
    public byte[] signatureBytes() {
        return signed == null ? null : signed.signatureBytes();
    }

    /** The body's signature as base64 of its {@linkplain #signatureBytes() bytes}; {@code null} when not signed. */
    public String signature() {
        return signed == null ? null : Base64.getEncoder().encodeToString(signatureBytes());
    }
}
