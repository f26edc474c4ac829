package chanye.classifier.keyword;

import chanye.classifier.segment.Token;
import chanye.classifier.segment.WordTable;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
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

    private final WordTable<Boolean> domainTerms;
    private final WordTable<Boolean> genericWords;

    /**
     * @param domainTerms normalised words that are always candidates, e.g. the taxonomy's terms
     */
    public KeywordExtractor(Set<String> domainTerms) {
        this.domainTerms = WordTable.of(domainTerms);
        this.genericWords = WordTable.of(readGenericWords());
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
        Candidates titleCandidates = new Candidates();
        addCandidates(title, titleCandidates);
        Candidates sequence = new Candidates();
        sequence.addAll(titleCandidates);
        int titleEnd = sequence.size();
        sequence.addAll(titleCandidates);
        addCandidates(body, sequence);
        WordGraph graph = new WordGraph(sequence.words, WINDOW);
        double[] rank = graph.rank(ITERATIONS, DAMPING);
        boolean[] boosted = new boolean[rank.length];
        for (int i = 0; i < sequence.size(); i++) {
            boosted[graph.node(i)] |= i < titleEnd || sequence.domain.get(i);
        }
        double[] score = new double[rank.length];
        for (int node = 0; node < rank.length; node++) {
            score[node] = boosted[node] ? rank[node] * BOOST : rank[node];
        }
        return best(graph, score, limit);
    }

    /**
     * The words of the {@code limit} best nodes, highest score first and, at equal scores, in the order of the
     * words: the first places of a full sort, without sorting the rest.
     */
    private static List<String> best(WordGraph graph, double[] score, int limit) {
        int[] best = new int[Math.max(0, Math.min(limit, score.length))];
        int count = 0;
        for (int node = 0; node < score.length; node++) {
            int at = count;
            while (at > 0 && before(graph, score, node, best[at - 1])) {
                at--;
            }
            if (at < best.length) {
                int moved = Math.min(count, best.length - 1) - at;
                System.arraycopy(best, at, best, at + 1, moved);
                best[at] = node;
                count = Math.min(count + 1, best.length);
            }
        }
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(graph.word(best[i]));
        }
        return words;
    }

    /** Whether node {@code a} ranks before node {@code b}: a higher score, or the same and a smaller word. */
    private static boolean before(WordGraph graph, double[] score, int a, int b) {
        int byScore = Double.compare(score[b], score[a]);
        return byScore < 0 || byScore == 0 && graph.word(a).compareTo(graph.word(b)) < 0;
    }

    private void addCandidates(List<Token> tokens, Candidates candidates) {
        for (Token token : tokens) {
            if (candidates.size() >= MAX_CANDIDATES) {
                return;
            }
            Kind kind = kind(token);
            if (kind != Kind.NONE) {
                candidates.add(token.text(), kind == Kind.DOMAIN_TERM);
            }
        }
    }

    /** Whether a word takes part, and as what. */
    private enum Kind {
        NONE, WORD, DOMAIN_TERM
    }

    /**
     * Whether the word takes part: the part of speech is checked first, as it rules out most words without a lookup
     * (domain terms are nouns, {@code nz}, to the segmenter).
     */
    private Kind kind(Token token) {
        String word = token.text();
        String pos = token.pos();
        char first = pos.isEmpty() ? ' ' : pos.charAt(0);
        boolean content = first == 'n' || first == 'g' || pos.equals("vn");
        if (word.length() < 2 || !content || genericWords.contains(word) || !hasHan(word)) {
            return Kind.NONE;
        }
        if (domainTerms.contains(word)) {
            return Kind.DOMAIN_TERM;
        }
        return !hasDigit(word) && !CoreStopWordDictionary.contains(word) ? Kind.WORD : Kind.NONE;
    }

    /**
     * The candidate words of a text in order, at most {@value #MAX_CANDIDATES}, and which of them are domain terms
     * (their rank is boosted). Used by one thread for one text.
     */
    private static final class Candidates {

        private final List<String> words = new ArrayList<>();
        private final BitSet domain = new BitSet();

        int size() {
            return words.size();
        }

        void add(String word, boolean domainTerm) {
            domain.set(words.size(), domainTerm);
            words.add(word);
        }

        void addAll(Candidates other) {
            for (int i = 0; i < other.size() && size() < MAX_CANDIDATES; i++) {
                add(other.words.get(i), other.domain.get(i));
            }
        }
    }

    /**
     * Whether a character of the word is written in the Han script: a common Chinese character answers without
     * searching Unicode's table of scripts.
     */
    private static boolean hasHan(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Token.isCommonHan(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
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
