package chanye.classifier.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parse errors into reasons for people: without the source locations and character codes Jackson
 * embeds for programmers, such as {@code (for Array starting at [Source: REDACTED ...; line: 1, column: 27])}.
 */
public final class JsonErrors {

    private static final Pattern DETAIL = Pattern.compile(" \\(code \\d+\\)| \\([^()\\[]*\\[Source:[^\\]]*]\\)");

    private JsonErrors() {
    }

    /** What is wrong, in one line without the location; the caller names the place. */
    public static String reason(JsonProcessingException e) {
        return DETAIL.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
