package chanye.bench.index;

import chanye.classifier.segment.Segmenter;
import chanye.classifier.segment.Token;
import chanye.cli.site.GeneratedArticle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * Two-word queries as a user would type them, drawn from generated articles: two different nouns of two or more
 * characters from one article's title and lead, so that every query has at least that article as a hit.
 */
public final class QueryPool {

    private static final int LEAD_CHARS = 200;

    private QueryPool() {
    }

    /**
     * Draws {@code count} queries from {@code articles}, deterministically for a seed.
     *
     * @throws IllegalArgumentException when the articles hold too few nouns to draw from
     */
    public static List<String> draw(List<GeneratedArticle> articles, Segmenter segmenter, int count, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>(count);
        int attempts = 0;
        while (queries.size() < count) {
            if (++attempts > count * 20) {
                throw new IllegalArgumentException("too few nouns in " + articles.size() + " articles for "
                        + count + " two-word queries");
            }
            GeneratedArticle article = articles.get(random.nextInt(articles.size()));
            String lead = article.body().substring(0, Math.min(LEAD_CHARS, article.body().length()));
            List<String> nouns = nouns(segmenter.words(article.title() + "\n" + lead));
            if (nouns.size() >= 2) {
                String first = nouns.get(random.nextInt(nouns.size()));
                String second = nouns.get(random.nextInt(nouns.size()));
                if (!first.equals(second)) {
                    queries.add(first + " " + second);
                }
            }
        }
        return queries;
    }

    private static List<String> nouns(List<Token> tokens) {
        LinkedHashSet<String> nouns = new LinkedHashSet<>();
        for (Token token : tokens) {
            if (token.pos().startsWith("n") && token.text().length() >= 2 && !token.isPunctuation()) {
                nouns.add(token.text());
            }
        }
        return new ArrayList<>(nouns);
    }
}
