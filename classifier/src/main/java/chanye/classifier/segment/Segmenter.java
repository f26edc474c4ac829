package chanye.classifier.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Chinese word segmentation with HanLP, with a domain dictionary that wins over the core lattice.
 *
 * <p>The domain terms (for example a taxonomy's cluster terms) are loaded into a dictionary private to this
 * segmenter and forced, so that 风电 and 煤制气 stay whole, while words that merely contain a term, such as 葡萄牙,
 * are left as HanLP's core dictionary has them. HanLP's own 71,000-word custom dictionary is not used: it halves
 * the speed, and HanLP's notes measure segmentation as more accurate without it. Nor is it loaded: HanLP loads it
 * with the first segment made, used or not (0.2 to 0.3 s at start-up), unless its path is cleared first, which this
 * class does when it is loaded. The domain dictionary's trie is built by {@link DomainTrie}, in arrays of the size it
 * needs rather than HanLP's 18 MB. HanLP's Viterbi search runs on an {@link ArrayViterbiSegment}, which finds
 * exactly HanLP's words on a lattice of arrays instead of HanLP's objects. Text is first
 * {@linkplain TextNormalizer normalised} (traditional to simplified, full-width to half-width), then segmented
 * paragraph by paragraph, and very long paragraphs in chunks that end at a sentence end, so long inputs stay
 * linear; offsets always point into the original text. A paragraph written with spaces between its characters
 * (新 疆 棉 花) is segmented without them.
 *
 * <p>One HanLP pass serves both views of a text: {@link #indexWords} is the pass in index mode, and {@link #words}
 * keeps its coarse words (each sub-word lies inside the word before it). Each thread remembers its last few
 * passes, so that classifying an article and then indexing it segments its title and body once, not twice.
 *
 * <p>Instances are thread-safe: HanLP's analysis is, the configuration is fixed at construction, and the memory of
 * recent passes is per thread.
 */
public final class Segmenter {

    /** A paragraph longer than this is cut into chunks at the next sentence end. */
    static final int CHUNK = 1_000;
    /** A chunk is cut here even without a sentence end, so that no input can make one lattice huge. */
    static final int HARD_CHUNK = 4_000;
    /** The part of speech and frequency given to domain terms: a proper noun, frequent enough to win. */
    private static final String DOMAIN_NATURE = "nz 1024";

    static {
        HanLP.Config.enableDebug(false);
        HanLP.Config.CustomDictionaryPath = null;
    }

    /** How many recent passes each thread remembers: an article's title and body. */
    private static final int REMEMBERED = 2;

    private final Segment indexWords;
    private final ThreadLocal<RecentPasses> recent = ThreadLocal.withInitial(() -> new RecentPasses(REMEMBERED));

    /**
     * @param domainTerms words that must come out whole when they stand in the text as words
     */
    public Segmenter(Collection<String> domainTerms) {
        this(domainTerms, ArrayViterbiSegment::new);
    }

    /**
     * @param domainTerms words that must come out whole when they stand in the text as words
     * @param viterbi     the Viterbi segment to configure: HanLP's own, or the {@link ArrayViterbiSegment} that
     *                    computes the same words faster
     */
    Segmenter(Collection<String> domainTerms, Supplier<? extends ViterbiSegment> viterbi) {
        TreeMap<String, CoreDictionary.Attribute> entries = new TreeMap<>();
        for (String term : domainTerms) {
            String word = TextNormalizer.normalize(term.strip());
            if (!word.isEmpty()) {
                entries.put(word, CoreDictionary.Attribute.create(DOMAIN_NATURE));
            }
        }
        this.indexWords = configure(viterbi.get(), entries).enableIndexMode(true);
    }

    /**
     * The words HanLP's core dictionary does not know, in order. Common words it knows (产量, 项目, 游客) it mostly
     * cuts whole without help, while every forced word costs a little on every text: such words need joining the
     * domain dictionary only when they are unknown.
     */
    public static List<String> unknownToCore(Collection<String> words) {
        List<String> unknown = new ArrayList<>();
        for (String word : words) {
            if (!CoreDictionary.contains(TextNormalizer.normalize(word.strip()))) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    /** A segment with the entries as its only custom dictionary, forced; none at all when there are none. */
    private static Segment configure(Segment segment, TreeMap<String, CoreDictionary.Attribute> entries) {
        if (entries.isEmpty()) {
            segment.enableCustomDictionary(false);
        } else {
            DynamicCustomDictionary dictionary = new DynamicCustomDictionary(DomainTrie.build(entries), null, null);
            segment.enableCustomDictionary(dictionary).enableCustomDictionaryForcing(true);
        }
        return segment.enableOffset(true)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false);
    }

    /** The words of the text, coarse: each word once, as a reader would split it. */
    public List<Token> words(String text) {
        List<Token> indexWords = indexWords(text);
        List<Token> words = new ArrayList<>(indexWords.size());
        int end = 0;
        for (Token token : indexWords) {
            if (token.start() >= end) {
                words.add(token);
                end = token.end();
            }
        }
        return words;
    }

    /**
     * The words of the text and, after each long word, the shorter dictionary words inside it (新能源新材料 gives
     * 新能源新材料, 新能源, 新材料, ...), for indexing. The list is unmodifiable.
     */
    public List<Token> indexWords(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        RecentPasses passes = recent.get();
        List<Token> tokens = passes.byText(text);
        if (tokens == null) {
            String normalized = TextNormalizer.normalize(text);
            tokens = passes.byNormalized(text, normalized);
            if (tokens == null) {
                tokens = Collections.unmodifiableList(segment(indexWords, normalized));
                passes.put(text, normalized, tokens);
            }
        }
        return tokens;
    }

    /** Segments normalised text chunk by chunk; offsets are the same in the normalised and the original text. */
    private static List<Token> segment(Segment segment, String normalized) {
        char[] chars = normalized.toCharArray();
        int length = chars.length;
        ChunkTokens tokens = new ChunkTokens(new ArrayList<>(length / 2 + 16));
        int start = 0;
        while (start < length) {
            int end = chunkEnd(chars, start);
            if (hasText(chars, start, end)) {
                int[] offsets = SpacedText.isSpaced(chars, start, end) ? SpacedText.offsets(chars, start, end) : null;
                char[] text = offsets == null ? Arrays.copyOfRange(chars, start, end)
                        : SpacedText.compact(chars, start, offsets);
                tokens.chunk(start, end, offsets);
                if (segment instanceof ArrayViterbiSegment lattice) {
                    lattice.seg(text, tokens);
                } else {
                    ArrayViterbiSegment.give(segment.seg(new String(text)), tokens);
                }
            }
            start = end + (end < length && chars[end] == '\n' ? 1 : 0);
        }
        return tokens.tokens;
    }

    /** Turns the words of one chunk into tokens whose offsets point into the whole text. */
    private static final class ChunkTokens implements WordSink {

        final List<Token> tokens;
        private int start;
        private int end;
        /** Where each character of a chunk written with spaces stands in it, or null. */
        private int[] offsets;

        ChunkTokens(List<Token> tokens) {
            this.tokens = tokens;
        }

        void chunk(int chunkStart, int chunkEnd, int[] chunkOffsets) {
            this.start = chunkStart;
            this.end = chunkEnd;
            this.offsets = chunkOffsets;
        }

        @Override
        public void word(String word, int offset, int length, Nature nature) {
            int from = start + (offsets == null ? offset : offsets[offset]);
            int last = offset + Math.max(1, length) - 1;
            int to = offsets == null ? Math.min(from + length, end)
                    : start + offsets[Math.min(last, offsets.length - 1)] + 1;
            String pos = nature == null ? "x" : nature.toString();
            tokens.add(new Token(word, from, Math.max(from, to), pos));
        }
    }

    /** Where the chunk that starts at {@code start} ends: the paragraph's end, or a sentence end past CHUNK. */
    private static int chunkEnd(char[] text, int start) {
        int length = text.length;
        int hardEnd = Math.min(length, start + HARD_CHUNK);
        for (int i = start; i < hardEnd; i++) {
            char c = text[i];
            if (c == '\n') {
                return i;
            }
            if (i - start >= CHUNK && isSentenceEnd(c)) {
                return i + 1;
            }
        }
        if (hardEnd < length && Character.isHighSurrogate(text[hardEnd - 1])) {
            return hardEnd - 1;
        }
        return hardEnd;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '?' || c == ';' || c == '.' || c == '！' || c == '？' || c == '；';
    }

    private static boolean hasText(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text[i])) {
                return true;
            }
        }
        return false;
    }
}
