package chanye.bench.text;

import chanye.cli.site.ArticleTextGenerator;
import chanye.cli.site.GeneratedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A generated headline and body of a chosen length, so that throughput in articles per second means articles of
 * that many characters (the issues' bar is 2,000-character articles).
 *
 * @param title the headline
 * @param body  the text, paragraphs separated by {@code \n}
 */
public record BenchText(String title, String body) {

    public BenchText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }

    /** The project's generated articles for a seed, endless and always in the same order. */
    public static Stream<GeneratedArticle> articles(long seed) {
        ArticleTextGenerator generator = new ArticleTextGenerator(seed);
        return Stream.generate(generator::next);
    }

    /**
     * {@code count} texts of exactly {@code chars} characters: each takes the headline of one generated article and
     * the paragraphs of as many as it needs, cut at {@code chars}.
     */
    public static List<BenchText> generate(int count, int chars, long seed) {
        List<BenchText> texts = new ArrayList<>(count);
        var source = articles(seed).iterator();
        for (int i = 0; i < count; i++) {
            GeneratedArticle first = source.next();
            StringBuilder body = new StringBuilder(first.body());
            while (body.length() < chars) {
                body.append('\n').append(source.next().body());
            }
            body.setLength(chars);
            texts.add(new BenchText(first.title(), body.toString()));
        }
        return texts;
    }
}
