package chanye.index;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One copy of a story, as a hit lists the story's other copies.
 *
 * @param url         the copy's URL
 * @param site        its host
 * @param title       its headline, which a republishing site often changes
 * @param publishTime its publish time, or {@code null}
 */
public record StoryCopy(String url, String site, String title, OffsetDateTime publishTime) {

    public StoryCopy {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(site, "site");
        title = Objects.requireNonNullElse(title, "");
    }
}
