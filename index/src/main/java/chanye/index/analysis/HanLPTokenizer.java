package chanye.index.analysis;

import chanye.classifier.segment.Segmenter;
import chanye.classifier.segment.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * A Lucene tokenizer that splits Chinese text into words with the project's HanLP {@link Segmenter}.
 *
 * <p>The input is read in bounded chunks (a paragraph, or at most {@value #MAX_CHUNK} characters broken after
 * sentence punctuation), so a huge field never sits in memory at once. Full-width ASCII is folded to half-width
 * before segmenting (one character for one, so offsets stay put), which lets HanLP see {@code ＡＩ} as the word
 * {@code AI}. Punctuation and whitespace are dropped; the next word's position increment counts them, so a phrase
 * does not match across a comma. The token type is HanLP's part-of-speech tag.
 *
 * <p>In {@link HanLPAnalyzer.Mode#INDEX index mode} each word is followed by the shorter dictionary words inside
 * it at position increment 0 (新能源新材料, then 新能源, 新材料 at the same position), so a search for a part of a
 * compound finds it and phrase queries still line up. In {@link HanLPAnalyzer.Mode#QUERY query mode} only the
 * coarse words come out.
 */
public final class HanLPTokenizer extends Tokenizer {

    /** The most characters segmented at once; also the longest stretch of input held in memory. */
    static final int MAX_CHUNK = 4096;

    /** Words longer than this (runs of junk without breaks) are dropped, as StandardTokenizer does. */
    static final int MAX_TOKEN_LENGTH = 255;

    private static final String CHUNK_BREAKS = "。！？；!?;\r ";

    private final Segmenter segmenter;
    private final HanLPAnalyzer.Mode mode;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final char[] buffer = new char[MAX_CHUNK];
    private int buffered;
    private int bufferBase;
    private boolean inputDone;
    private List<Token> chunkTokens = List.of();
    private int chunkBase;
    private int nextToken;
    private int skippedPositions;
    private int wordEnd;
    private boolean wordDropped;

    /** A tokenizer with the default attribute factory. */
    public HanLPTokenizer(Segmenter segmenter, HanLPAnalyzer.Mode mode) {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, segmenter, mode);
    }

    /** A tokenizer whose attributes come from {@code factory}, as {@link HanLPTokenizerFactory} needs. */
    public HanLPTokenizer(AttributeFactory factory, Segmenter segmenter, HanLPAnalyzer.Mode mode) {
        super(factory);
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Whether this tokenizer segments with {@code segmenter} in {@code mode}. */
    boolean segmentsWith(Segmenter segmenter, HanLPAnalyzer.Mode mode) {
        return this.segmenter == segmenter && this.mode == mode;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (true) {
            if (nextToken >= chunkTokens.size()) {
                if (!segmentNextChunk()) {
                    return false;
                }
                continue;
            }
            Token token = chunkTokens.get(nextToken++);
            boolean dropped = token.isPunctuation() || token.text().length() > MAX_TOKEN_LENGTH;
            if (token.start() < wordEnd && token.end() <= wordEnd) {
                if (dropped || wordDropped) {
                    continue;
                }
                posIncAtt.setPositionIncrement(0);
            } else {
                wordEnd = token.end();
                wordDropped = dropped;
                if (dropped) {
                    skippedPositions++;
                    continue;
                }
                posIncAtt.setPositionIncrement(1 + skippedPositions);
                skippedPositions = 0;
            }
            termAtt.setEmpty().append(token.text());
            offsetAtt.setOffset(correctOffset(chunkBase + token.start()), correctOffset(chunkBase + token.end()));
            typeAtt.setType(token.pos());
            return true;
        }
    }

    /** Reads and segments the next chunk of input; false when the input is used up. */
    private boolean segmentNextChunk() throws IOException {
        fillBuffer();
        if (buffered == 0) {
            return false;
        }
        int length = chunkLength();
        String chunk = HalfWidth.fold(buffer, 0, length);
        chunkBase = bufferBase;
        chunkTokens = mode == HanLPAnalyzer.Mode.INDEX ? subWordsInOrder(segmenter.indexWords(chunk))
                : segmenter.words(chunk);
        nextToken = 0;
        wordEnd = 0;
        wordDropped = false;
        System.arraycopy(buffer, length, buffer, 0, buffered - length);
        buffered -= length;
        bufferBase += length;
        return true;
    }

    private void fillBuffer() throws IOException {
        while (!inputDone && buffered < buffer.length) {
            int read = input.read(buffer, buffered, buffer.length - buffered);
            if (read < 0) {
                inputDone = true;
            } else {
                buffered += read;
            }
        }
    }

    /** How much of the buffer to segment now: up to a paragraph end, else a sentence end, never half a pair. */
    private int chunkLength() {
        if (inputDone && buffered < buffer.length) {
            return buffered;
        }
        for (int i = buffered - 1; i > 0; i--) {
            if (buffer[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = buffered - 1; i > 0; i--) {
            if (CHUNK_BREAKS.indexOf(buffer[i]) >= 0) {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(buffer[buffered - 1]) ? buffered - 1 : buffered;
    }

    /**
     * HanLP lists a word's sub-words after it, not always by start; Lucene wants start offsets that never go
     * back, so each run of sub-words is sorted by start (stable, so longer words keep their place).
     */
    private static List<Token> subWordsInOrder(List<Token> segmented) {
        List<Token> tokens = new ArrayList<>(segmented);
        int word = 0;
        while (word < tokens.size()) {
            int end = tokens.get(word).end();
            int next = word + 1;
            while (next < tokens.size() && tokens.get(next).start() < end && tokens.get(next).end() <= end) {
                next++;
            }
            if (next - word > 2) {
                tokens.subList(word + 1, next).sort(Comparator.comparingInt(Token::start));
            }
            word = next;
        }
        return tokens;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(bufferBase + buffered);
        offsetAtt.setOffset(finalOffset, finalOffset);
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        buffered = 0;
        bufferBase = 0;
        inputDone = false;
        chunkTokens = List.of();
        chunkBase = 0;
        nextToken = 0;
        skippedPositions = 0;
        wordEnd = 0;
        wordDropped = false;
    }
}
