package chanye.index.story;

import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * What an article's document holds about its story, as the schema's text values: every backend indexes the same.
 *
 * @param story     the story id, 16 hex digits
 * @param bands     the band terms of the body's signature, for finding near copies
 * @param signature the body's signature, as base64 of {@link StorySignature#toBytes}; {@code null} when the article
 *                  was not signed
 */
public record StoryFields(String story, List<String> bands, String signature) {

    public StoryFields {
        Objects.requireNonNull(story, "story");
        bands = List.copyOf(bands);
    }

    /** The fields of an article that is a story of its own and was not signed: no bands, no signature. */
    public static StoryFields unsigned(long story) {
        return new StoryFields(StoryIds.format(story), List.of(), null);
    }

    /** The fields of an article given story {@code story} with this signature and bands. */
    public static StoryFields of(long story, MinHash.Signed signed) {
        return new StoryFields(StoryIds.format(story), signed.bands(),
                Base64.getEncoder().encodeToString(signed.signature().toBytes()));
    }
}
