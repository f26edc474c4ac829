package chanye.index.story;

import chanye.index.IndexedArticle;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled set of story pairs in {@code story-articles.jsonl} and {@code story-pairs.jsonl}: articles written
 * for this project (the sample site's, the index fixtures, articles written for this set about the same projects
 * as sample-site articles, and template articles from the site generator), copies of them edited as republishing
 * sites edit (a new title, an added 原标题 or 编者按 line, another source line, a dateline, paragraphs cut), and pairs
 * labelled same story or not. Every article and pair belongs to the {@code dev} or the {@code test} split, fixed
 * by the article it derives from before any threshold was tuned; tune on dev, report on test.
 */
final class LabelledStoryPairs {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant CRAWL_TIME = Instant.parse("2024-12-01T00:00:00Z");

    /**
     * One labelled pair.
     *
     * @param a     one article's id
     * @param b     the other's
     * @param same  whether they are copies of one story
     * @param kind  how the pair was made: copy, copy-light, copy-of-copy, same-topic, same-project, ...
     * @param split dev or test
     */
    record Pair(String a, String b, boolean same, String kind, String split) {
    }

    /**
     * One article of the set.
     *
     * @param id      its id in the pairs
     * @param split   dev or test
     * @param article the article as the index takes it
     */
    record Labelled(String id, String split, IndexedArticle article) {
    }

    private LabelledStoryPairs() {
    }

    /** Every article of the set, by id, in file order. */
    static Map<String, Labelled> articles() {
        Map<String, Labelled> articles = new LinkedHashMap<>();
        for (JsonNode json : lines("story-articles.jsonl")) {
            String id = json.get("id").asText();
            String site = json.get("site").asText();
            String url = "https://" + site + "/" + id.replace(':', '/').replace('~', '-') + ".html";
            JsonNode time = json.get("publishTime");
            IndexedArticle article = new IndexedArticle(url, site, json.get("title").asText(),
                    json.get("body").asText(), json.get("source").asText(), null,
                    time.isNull() ? null : OffsetDateTime.parse(time.asText()), CRAWL_TIME, List.of(), List.of(),
                    List.of());
            articles.put(id, new Labelled(id, json.get("split").asText(), article));
        }
        return articles;
    }

    /** Every pair of the set, in file order. */
    static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode json : lines("story-pairs.jsonl")) {
            pairs.add(new Pair(json.get("a").asText(), json.get("b").asText(), json.get("same").asBoolean(),
                    json.get("kind").asText(), json.get("split").asText()));
        }
        return pairs;
    }

    private static List<JsonNode> lines(String name) {
        List<JsonNode> lines = new ArrayList<>();
        try (InputStream in = LabelledStoryPairs.class.getResourceAsStream(name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(MAPPER.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return lines;
    }
}
