package chanye.crawler.charset;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * HTML text decoded from raw bytes, with the charset used and how it was chosen.
 *
 * @param text    the decoded page text
 * @param charset the charset that decoded it
 * @param source  how the charset was chosen: {@code bom}, {@code utf-8}, {@code header}, {@code meta},
 *                {@code detected} or {@code fallback}
 */
public record DecodedHtml(String text, Charset charset, String source) {

    public DecodedHtml {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
    }
}
