package chanye.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens an analyzer gives for one text, kept so that they can be indexed later without analysing the text
 * again: each token's term, position increment and offsets (all that the index keeps of a token), and the offset and
 * position increment the stream ends with. A writer that puts one document into the index at a time analyses its
 * documents beforehand, side by side, so that only the inversion of the tokens waits its turn.
 */
public final class CapturedTokens {

    private final char[] chars;
    /** Where each token's term ends in {@link #chars}; it starts where the one before ends. */
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
        this.chars = tokens.chars;
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

    /** A stream that gives the tokens again, as the analyzer gave them; each call gives a new one. */
    public TokenStream stream() {
        return new Replay();
    }

    /** Collects tokens in the order a stream gives them. */
    static final class Builder {

        private char[] chars;
        private int[] termEnds;
        private int[] increments;
        private int[] starts;
        private int[] ends;
        private int count;
        private int used;

        /** Room for the tokens of a text of {@code length} characters, more when they come. */
        Builder(int length) {
            chars = new char[Math.max(16, length * 2)];
            int capacity = Math.max(8, length);
            termEnds = new int[capacity];
            increments = new int[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        /** Adds the token of {@code length} characters of {@code term} from {@code from}. */
        void add(char[] term, int from, int length, int increment, int start, int end) {
            int at = reserve(length);
            System.arraycopy(term, from, chars, at, length);
            close(increment, start, end);
        }

        /** Adds the token of {@code text}'s characters from {@code start} to {@code end}, as they are. */
        void add(String text, int start, int end) {
            int at = reserve(end - start);
            text.getChars(start, end, chars, at);
            close(1, start, end);
        }

        /** Adds the token of {@code text}'s ASCII characters from {@code start} to {@code end}, in lower case. */
        void addAsciiLowerCase(String text, int start, int end) {
            int at = reserve(end - start);
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                chars[at++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
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

        /** Makes room for one more token of {@code length} characters; gives where its term goes. */
        private int reserve(int length) {
            if (count == termEnds.length) {
                int grown = count * 2;
                termEnds = Arrays.copyOf(termEnds, grown);
                increments = Arrays.copyOf(increments, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            if (used + length > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
            }
            int at = used;
            used += length;
            return at;
        }

        private void close(int increment, int start, int end) {
            termEnds[count] = used;
            increments[count] = increment;
            starts[count] = start;
            ends[count] = end;
            count++;
        }
    }

    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next >= count) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : termEnds[next - 1];
            term.copyBuffer(chars, from, termEnds[next] - from);
            increment.setPositionIncrement(increments[next]);
            offset.setOffset(starts[next], ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
