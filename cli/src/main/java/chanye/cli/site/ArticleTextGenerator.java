package chanye.cli.site;

import chanye.cli.site.PhraseBook.Topic;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Writes synthetic Chinese news articles, deterministically from a seed: the same seed gives the same articles in
 * the same order on every JVM. Headlines and sentences come from the frames and word lists of
 * {@code generator/phrases.json}, over the eight clusters and a few unrelated beats (sport, local life, markets);
 * bodies run 800 to 2,000 characters.
 *
 * <p>Fast enough to feed index benchmarks (100,000 articles in a few seconds). An instance keeps its random state,
 * so it is not thread-safe: give each thread its own generator and seed.
 */
public final class ArticleTextGenerator {

    static final int MIN_BODY_CHARS = 800;
    static final int MAX_BODY_CHARS = 2000;
    /** Bodies stop growing at this length, leaving room for the sentence that crosses it. */
    private static final int TARGET_CEILING = 1850;
    private static final int MIN_SENTENCES = 3;
    private static final int MAX_SENTENCES = 5;
    /** The chance, in percent, that a sentence comes from the topic's own frames rather than the shared ones. */
    private static final int TOPIC_SENTENCE_PERCENT = 40;
    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(2023, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final long SPAN_MINUTES = 2L * 365 * 24 * 60;

    private final SplittableRandom random;

    /** A generator whose articles are fixed by {@code seed}. */
    public ArticleTextGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next article. */
    public GeneratedArticle next() {
        Compiled phrases = Compiled.INSTANCE;
        CompiledTopic topic = pick(phrases.topics);
        Function<String, String> values = slot -> switch (slot) {
            case "percent" -> (1 + random.nextInt(40)) + "." + random.nextInt(10) + "%";
            case "number" -> Integer.toString(2 + random.nextInt(998));
            case "count" -> Integer.toString(2 + random.nextInt(60));
            default -> pick(topic.words.get(slot));
        };
        StringBuilder title = new StringBuilder();
        pick(topic.titles).renderTo(title, values);

        int target = MIN_BODY_CHARS + random.nextInt(TARGET_CEILING - MIN_BODY_CHARS + 1);
        StringBuilder body = new StringBuilder(TARGET_CEILING + 200);
        TextTemplate previous = null;
        while (body.length() < target) {
            if (body.length() > 0) {
                body.append('\n');
            }
            int sentences = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
            for (int i = 0; i < sentences && body.length() < target; i++) {
                List<TextTemplate> frames = random.nextInt(100) < TOPIC_SENTENCE_PERCENT
                        ? topic.sentences : phrases.sharedSentences;
                TextTemplate frame = pick(frames);
                while (frame == previous && frames.size() > 1) {
                    frame = pick(frames);
                }
                frame.renderTo(body, values);
                previous = frame;
            }
        }
        OffsetDateTime time = EARLIEST.plusMinutes(random.nextLong(SPAN_MINUTES));
        return new GeneratedArticle(title.toString(), body.toString(), time, pick(phrases.sources),
                pick(phrases.authors), topic.id);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A topic with its frames compiled and its slots mapped to word lists. */
    private record CompiledTopic(String id, Map<String, List<String>> words, List<TextTemplate> titles,
                                 List<TextTemplate> sentences) {
    }

    /** The phrase book compiled once per JVM. */
    private static final class Compiled {

        private static final List<String> NUMERIC_SLOTS = List.of("percent", "number", "count");
        static final Compiled INSTANCE = new Compiled(PhraseBook.load());

        final List<CompiledTopic> topics;
        final List<TextTemplate> sharedSentences;
        final List<String> sources;
        final List<String> authors;

        private Compiled(PhraseBook book) {
            this.sharedSentences = compile("shared", book.shared().sentences());
            this.sources = book.sources();
            this.authors = book.authors();
            this.topics = book.topics().stream().map(topic -> compile(book, topic)).toList();
        }

        private CompiledTopic compile(PhraseBook book, Topic topic) {
            Map<String, List<String>> words = new HashMap<>();
            words.put("place", book.places());
            words.put("period", book.shared().period());
            words.put("official", book.shared().official());
            words.put("goal", book.shared().goal());
            words.put("subject", topic.subject());
            words.put("term", topic.term());
            String name = "topic " + (topic.id().isEmpty() ? topic.subject().get(0) : topic.id());
            CompiledTopic compiled = new CompiledTopic(topic.id(), Map.copyOf(words),
                    compile(name + " titles", topic.titles()), compile(name + " sentences", topic.sentences()));
            for (List<TextTemplate> frames : List.of(compiled.titles(), compiled.sentences(), sharedSentences)) {
                for (TextTemplate frame : frames) {
                    for (String slot : frame.slots()) {
                        if (!words.containsKey(slot) && !NUMERIC_SLOTS.contains(slot)) {
                            throw new IllegalStateException(frame + ": unknown slot {{" + slot + "}} in " + name);
                        }
                    }
                }
            }
            return compiled;
        }

        private static List<TextTemplate> compile(String name, List<String> frames) {
            if (frames.isEmpty()) {
                throw new IllegalStateException("generator/phrases.json: " + name + " is empty");
            }
            return frames.stream().map(frame -> TextTemplate.compile("generator/phrases.json " + name, frame)).toList();
        }
    }
}
