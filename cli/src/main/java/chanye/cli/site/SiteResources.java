package chanye.cli.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the site resources bundled under {@code chanye/cli/site/} on the class path. */
final class SiteResources {

    private static final String ROOT = "/chanye/cli/site/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private SiteResources() {
    }

    /**
     * The UTF-8 text of a resource.
     *
     * @param relative a path below {@code chanye/cli/site/}, such as {@code templates/gov/article.html}
     * @throws IllegalStateException when the resource is missing from the jar
     */
    static String text(String relative) {
        try (InputStream in = open(relative)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + ROOT + relative, e);
        }
    }

    /** A JSON resource read into {@code type}. */
    static <T> T json(String relative, Class<T> type) {
        try (InputStream in = open(relative)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + ROOT + relative + ": " + e.getMessage(), e);
        }
    }

    /** A compiled template read from a resource. */
    static TextTemplate template(String relative) {
        return TextTemplate.compile(relative, text(relative));
    }

    private static InputStream open(String relative) {
        InputStream in = SiteResources.class.getResourceAsStream(ROOT + relative);
        if (in == null) {
            throw new IllegalStateException("missing resource " + ROOT + relative);
        }
        return in;
    }
}
