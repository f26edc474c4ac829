package chanye.classifier.keyword;

import chanye.classifier.segment.Token;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A handful of keywords for a text, by TextRank over its content words.
 *
 * <p>Only nouns, verbal nouns and domain terms of two or more characters, with at least one Chinese character,
 * take part; HanLP's stop words and a list of words that say nothing about a news text (公司, 项目, 发展, 记者, in
 * {@code keyword/generic-words.txt}) are left out, which is what makes the result usable where HanLP's own
 * {@code extractKeyword} returns 公司, 新疆, 电. Co-occurrence within a window of {@value #WINDOW} content words
 * links two words; the title is read twice, and the rank of a domain term or a title word is multiplied by
 * {@value #BOOST}, since those are what a reader of this tool looks for. Immutable and thread-safe.
 */
public final class KeywordExtractor {

    static final int WINDOW = 5;
    static final double BOOST = 1.5;
    /** Only the first this many content words take part; the start of a text says what it is about. */
    static final int MAX_CANDIDATES = 2_000;
    private static final int ITERATIONS = 20;
    private static final double DAMPING = 0.85;
    private static final String GENERIC_WORDS = "generic-words.txt";

    private final Set<String> domainTerms;
    private final Set<String> genericWords;

    /**
     * @param domainTerms normalised words that are always candidates, e.g. the taxonomy's terms
     */
    public KeywordExtractor(Set<String> domainTerms) {
        this.domainTerms = Set.copyOf(domainTerms);
        this.genericWords = readGenericWords();
    }

    private static Set<String> readGenericWords() {
        try (InputStream in = KeywordExtractor.class.getResourceAsStream(GENERIC_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("the bundled word list " + GENERIC_WORDS + " is missing");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.addAll(Arrays.asList(line.strip().split("\\s+")));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled word list " + GENERIC_WORDS, e);
        }
    }

    /** Up to {@code limit} keywords of the text, best first. */
    public List<String> keywords(List<Token> title, List<Token> body, int limit) {
        List<String> sequence = new ArrayList<>();
        addCandidates(title, sequence);
        int titleCandidates = sequence.size();
        addCandidates(title, sequence);
        addCandidates(body, sequence);
        WordGraph graph = new WordGraph(sequence, WINDOW);
        double[] rank = graph.rank(ITERATIONS, DAMPING);
        Set<String> titleWords = new HashSet<>(sequence.subList(0, titleCandidates));
        Map<String, Double> score = new HashMap<>();
        for (int node = 0; node < rank.length; node++) {
            String word = graph.word(node);
            boolean boosted = domainTerms.contains(word) || titleWords.contains(word);
            score.put(word, boosted ? rank[node] * BOOST : rank[node]);
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private void addCandidates(List<Token> tokens, List<String> sequence) {
        for (Token token : tokens) {
            if (sequence.size() >= MAX_CANDIDATES) {
                return;
            }
            if (isCandidate(token)) {
                sequence.add(token.text());
            }
        }
    }

    /**
     * Whether the word takes part: the part of speech is checked first, as it rules out most words without a lookup
     * (domain terms are nouns, {@code nz}, to the segmenter).
     */
    private boolean isCandidate(Token token) {
        String word = token.text();
        String pos = token.pos();
        boolean content = pos.startsWith("n") || pos.equals("vn") || pos.startsWith("g");
        if (word.length() < 2 || !content || genericWords.contains(word) || !hasHan(word)) {
            return false;
        }
        return domainTerms.contains(word) || !hasDigit(word) && !CoreStopWordDictionary.contains(word);
    }

    private static boolean hasHan(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
