package chanye.index.analysis;

import chanye.index.util.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The tokens an analyzer gives for one text, kept so that they can be indexed later without analysing the text
 * again: each token's term, position increment and offsets (all that the index keeps of a token), and the offset and
 * position increment the stream ends with. A writer that puts one document into the index at a time analyses its
 * documents beforehand, side by side, so that only the inversion of the tokens waits its turn.
 *
 * <p>Terms are kept as the UTF-8 bytes the index stores, encoded once as they are captured, and the replay hands
 * the writer each token in place ({@link ReplayedToken}): no term is copied or encoded again per token while the
 * writer inverts it, which under the crawl's compiler cost about as much as capturing it.
 */
public final class CapturedTokens {

    private final byte[] bytes;
    /** Where each token's term ends in {@link #bytes}; it starts where the one before ends. */
    private final int[] termEnds;
    private final int[] increments;
    private final int[] starts;
    private final int[] ends;
    private final int count;
    private final int finalOffset;
    private final int finalIncrement;

    /** Where a stream of tokens ends: its final offset, and the position increment after its last token. */
    record End(int offset, int increment) {
    }

    private CapturedTokens(Builder tokens, int finalOffset, int finalIncrement) {
        this.bytes = tokens.bytes;
        this.termEnds = tokens.termEnds;
        this.increments = tokens.increments;
        this.starts = tokens.starts;
        this.ends = tokens.ends;
        this.count = tokens.count;
        this.finalOffset = finalOffset;
        this.finalIncrement = finalIncrement;
    }

    /** The tokens {@code analyzer} gives for {@code text} in {@code field}. */
    public static CapturedTokens of(Analyzer analyzer, String field, String text) {
        Objects.requireNonNull(text, "text");
        Builder tokens = new Builder(text.length());
        return tokens.build(tokens.addAnalysed(analyzer, field, text, 0));
    }

    /** How many tokens there are. */
    public int size() {
        return count;
    }

    /**
     * A stream that gives the tokens again, as the analyzer gave them, each call a new one. Its term is the
     * {@link TermToBytesRefAttribute}, what the index reads: it has no {@link CharTermAttribute}.
     */
    public TokenStream stream() {
        return new Replay();
    }

    /** Collects tokens in the order a stream gives them. */
    static final class Builder {

        private byte[] bytes;
        private int[] termEnds;
        private int[] increments;
        private int[] starts;
        private int[] ends;
        private int count;
        private int used;
        /** The characters of a term or a run of pairs taken from a string. */
        private char[] scratch = new char[16];
        /** A run of pairs' characters in UTF-8, and where each character's bytes end. */
        private byte[] encoded = new byte[48];
        private int[] charEnds = new int[16];

        /** Room for the tokens of a text of {@code length} characters, more when they come. */
        Builder(int length) {
            bytes = new byte[Math.max(64, length * 6)];
            int capacity = Math.max(8, length);
            termEnds = new int[capacity];
            increments = new int[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        /** Adds the token of {@code length} characters of {@code term} from {@code from}. */
        void add(char[] term, int from, int length, int increment, int start, int end) {
            int at = reserve(length * Utf8.MAX_BYTES_PER_CHAR);
            int written = Utf8.encode(term, from, length, bytes, at);
            used = written >= 0 ? written : at + encodeWithSurrogates(term, from, length, at);
            close(increment, start, end);
        }

        /** Writes the term at {@code at} as Lucene's own encoder does (a lone surrogate as U+FFFD); its length. */
        private int encodeWithSurrogates(char[] term, int from, int length, int at) {
            byte[] encoded = new byte[length * Utf8.MAX_BYTES_PER_CHAR];
            int size = UnicodeUtil.UTF16toUTF8(term, from, length, encoded);
            System.arraycopy(encoded, 0, bytes, at, size);
            return size;
        }

        /** Adds the token of {@code text}'s characters from {@code start} to {@code end}, as they are. */
        void add(String text, int start, int end) {
            int length = end - start;
            if (scratch.length < length) {
                scratch = new char[Math.max(length, 2 * scratch.length)];
            }
            text.getChars(start, end, scratch, 0);
            add(scratch, 0, length, 1, start, end);
        }

        /**
         * Adds the overlapping pairs of {@code text}'s characters from {@code start} to {@code end}, at least two,
         * none a surrogate: each character is encoded once, though it is in two pairs.
         */
        void addPairs(String text, int start, int end) {
            int length = end - start;
            if (scratch.length < length) {
                scratch = new char[Math.max(length, 2 * scratch.length)];
            }
            text.getChars(start, end, scratch, 0);
            if (encoded.length < length * Utf8.MAX_BYTES_PER_CHAR) {
                encoded = new byte[Math.max(length * Utf8.MAX_BYTES_PER_CHAR, 2 * encoded.length)];
            }
            if (charEnds.length < length) {
                charEnds = new int[Math.max(length, 2 * charEnds.length)];
            }
            int size = 0;
            for (int i = 0; i < length; i++) {
                size = Utf8.encode(scratch, i, 1, encoded, size);
                if (size < 0) {
                    throw new IllegalArgumentException("a surrogate among the characters paired");
                }
                charEnds[i] = size;
            }
            for (int i = 0; i + 1 < length; i++) {
                int from = i == 0 ? 0 : charEnds[i - 1];
                int pair = charEnds[i + 1] - from;
                int at = reserve(pair);
                System.arraycopy(encoded, from, bytes, at, pair);
                used = at + pair;
                close(1, start + i, start + i + 2);
            }
        }

        /** Adds the token of {@code text}'s ASCII characters from {@code start} to {@code end}, in lower case. */
        void addAsciiLowerCase(String text, int start, int end) {
            int at = reserve(end - start);
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                bytes[at++] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            used = at;
            close(1, start, end);
        }

        /**
         * Adds the tokens {@code analyzer} gives for {@code text} in {@code field}, their offsets moved by
         * {@code shift}; gives where that stream ends.
         */
        End addAnalysed(Analyzer analyzer, String field, String text, int shift) {
            try (TokenStream stream = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    add(term.buffer(), 0, term.length(), increment.getPositionIncrement(),
                            offset.startOffset() + shift, offset.endOffset() + shift);
                }
                stream.end();
                return new End(offset.endOffset() + shift, increment.getPositionIncrement());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot analyse the text of " + field + ": " + e.getMessage(), e);
            }
        }

        /** The tokens added, in a stream that ends as {@code end} says. */
        CapturedTokens build(End end) {
            return new CapturedTokens(this, end.offset(), end.increment());
        }

        /** Makes room for one more token of at most {@code length} bytes; gives where its term goes. */
        private int reserve(int length) {
            if (count == termEnds.length) {
                int grown = count * 2;
                termEnds = Arrays.copyOf(termEnds, grown);
                increments = Arrays.copyOf(increments, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            if (used + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
            }
            return used;
        }

        /** Ends the token whose term was written up to {@link #used}. */
        private void close(int increment, int start, int end) {
            termEnds[count] = used;
            increments[count] = increment;
            starts[count] = start;
            ends[count] = end;
            count++;
        }
    }

    /** The stream of the captured tokens, whose one attribute the writer reads each token from in place. */
    private final class Replay extends TokenStream {

        private final ReplayedToken token = new ReplayedToken(bytes);
        private int next;

        Replay() {
            super(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY);
            addAttributeImpl(token);
        }

        @Override
        public boolean incrementToken() {
            if (next >= count) {
                return false;
            }
            int from = next == 0 ? 0 : termEnds[next - 1];
            token.term.offset = from;
            token.term.length = termEnds[next] - from;
            token.increment = increments[next];
            token.start = starts[next];
            token.end = ends[next];
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            token.start = finalOffset;
            token.end = finalOffset;
            token.increment = finalIncrement;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /**
     * A replayed token: its term as a slice of the captured bytes, its position increment and offsets, and a term
     * frequency of one, all that the index reads of a token.
     */
    static final class ReplayedToken extends AttributeImpl implements TermToBytesRefAttribute,
            PositionIncrementAttribute, OffsetAttribute, TermFrequencyAttribute {

        private final BytesRef term;
        private int increment = 1;
        private int start;
        private int end;

        ReplayedToken(byte[] bytes) {
            this.term = new BytesRef(bytes, 0, 0);
        }

        @Override
        public BytesRef getBytesRef() {
            return term;
        }

        @Override
        public void setPositionIncrement(int positionIncrement) {
            if (positionIncrement < 0) {
                throw new IllegalArgumentException("position increment must be zero or greater; got "
                        + positionIncrement);
            }
            increment = positionIncrement;
        }

        @Override
        public int getPositionIncrement() {
            return increment;
        }

        @Override
        public int startOffset() {
            return start;
        }

        @Override
        public int endOffset() {
            return end;
        }

        @Override
        public void setOffset(int startOffset, int endOffset) {
            if (startOffset < 0 || endOffset < startOffset) {
                throw new IllegalArgumentException("startOffset must be non-negative, and endOffset must be >= "
                        + "startOffset; got startOffset=" + startOffset + ",endOffset=" + endOffset);
            }
            start = startOffset;
            end = endOffset;
        }

        @Override
        public void setTermFrequency(int termFrequency) {
            if (termFrequency != 1) {
                throw new UnsupportedOperationException("a replayed token's term frequency is one");
            }
        }

        @Override
        public int getTermFrequency() {
            return 1;
        }

        @Override
        public void clear() {
            term.length = 0;
            increment = 1;
            start = 0;
            end = 0;
        }

        @Override
        public void end() {
            clear();
            increment = 0;
        }

        @Override
        public void reflectWith(AttributeReflector reflector) {
            reflector.reflect(TermToBytesRefAttribute.class, "bytes", BytesRef.deepCopyOf(term));
            reflector.reflect(PositionIncrementAttribute.class, "positionIncrement", increment);
            reflector.reflect(OffsetAttribute.class, "startOffset", start);
            reflector.reflect(OffsetAttribute.class, "endOffset", end);
            reflector.reflect(TermFrequencyAttribute.class, "termFrequency", 1);
        }

        @Override
        public void copyTo(AttributeImpl target) {
            throw new UnsupportedOperationException("a replayed token is read in place, not copied");
        }
    }
}
