package chanye.index;

import chanye.classifier.ClusterTag;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The test corpus: short news articles written for these tests in the style of Xinjiang news sites, one JSON
 * object per line in {@code fixture-articles.jsonl}.
 */
public final class FixtureArticles {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<IndexedArticle> ARTICLES = load("/fixture-articles.jsonl");

    private FixtureArticles() {
    }

    /** All fixture articles, in file order. */
    public static List<IndexedArticle> all() {
        return ARTICLES;
    }

    /** The fixture article whose URL ends with {@code /name.html}. */
    public static IndexedArticle named(String name) {
        return ARTICLES.stream().filter(a -> a.url().endsWith("/" + name + ".html")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture article " + name));
    }

    private static List<IndexedArticle> load(String resource) {
        List<IndexedArticle> articles = new ArrayList<>();
        try (InputStream in = FixtureArticles.class.getResourceAsStream(resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                articles.add(article(MAPPER.readTree(line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(articles);
    }

    private static IndexedArticle article(JsonNode json) {
        List<ClusterTag> clusters = new ArrayList<>();
        for (JsonNode tag : json.get("clusters")) {
            clusters.add(new ClusterTag(tag.get("id").asText(), tag.get("name").asText(), tag.get("score").asDouble(),
                    strings(tag.get("evidence"))));
        }
        return new IndexedArticle(json.get("url").asText(), json.get("site").asText(), json.get("title").asText(),
                json.get("body").asText(), text(json, "source"), text(json, "author"),
                json.get("publishTime").isNull() ? null : OffsetDateTime.parse(json.get("publishTime").asText()),
                Instant.parse(json.get("crawlTime").asText()), clusters, strings(json.get("keywords")),
                strings(json.get("regions")));
    }

    private static String text(JsonNode json, String field) {
        return json.get(field).isNull() ? null : json.get(field).asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
