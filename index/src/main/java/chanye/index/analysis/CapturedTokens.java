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

    private CapturedTokens(char[] chars, int[] termEnds, int[] increments, int[] starts, int[] ends, int count,
                           int finalOffset, int finalIncrement) {
        this.chars = chars;
        this.termEnds = termEnds;
        this.increments = increments;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
        this.finalOffset = finalOffset;
        this.finalIncrement = finalIncrement;
    }

    /** The tokens {@code analyzer} gives for {@code text} in {@code field}. */
    public static CapturedTokens of(Analyzer analyzer, String field, String text) {
        Objects.requireNonNull(text, "text");
        char[] chars = new char[Math.max(16, text.length() * 2)];
        int capacity = Math.max(8, text.length());
        int[] termEnds = new int[capacity];
        int[] increments = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        int used = 0;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (count == termEnds.length) {
                    int grown = count * 2;
                    termEnds = Arrays.copyOf(termEnds, grown);
                    increments = Arrays.copyOf(increments, grown);
                    starts = Arrays.copyOf(starts, grown);
                    ends = Arrays.copyOf(ends, grown);
                }
                int length = term.length();
                if (used + length > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
                }
                System.arraycopy(term.buffer(), 0, chars, used, length);
                used += length;
                termEnds[count] = used;
                increments[count] = increment.getPositionIncrement();
                starts[count] = offset.startOffset();
                ends[count] = offset.endOffset();
                count++;
            }
            stream.end();
            return new CapturedTokens(chars, termEnds, increments, starts, ends, count, offset.endOffset(),
                    increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the text of " + field + ": " + e.getMessage(), e);
        }
    }

    /** How many tokens there are. */
    public int size() {
        return count;
    }

    /** A stream that gives the tokens again, as the analyzer gave them; each call gives a new one. */
    public TokenStream stream() {
        return new Replay();
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
