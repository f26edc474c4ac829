package chanye.index.story;

import java.util.Arrays;

/**
 * The order in which a lookup reads an article's bands, and how much it reads: the rarest bands first, at most
 * {@value #BUDGET} postings over all of them.
 *
 * <p>A band that many articles share is a phrase of a template (two minima that both come from boilerplate), and
 * tells little: reading it whole for every new article would make the lookup's cost grow with the index. A copy
 * shares many bands with its original, most of them rare, since its own wording (names, places, figures) gives the
 * minima that only the two of them have; reading the rarest first finds it within the budget at any index size.
 */
final class RarestBands {

    /** Postings read at most per lookup, over all bands. */
    static final int BUDGET = 256;

    private RarestBands() {
    }

    /** The indices of the bands that any article holds, by ascending {@code frequencies} (ties by index). */
    static int[] order(int[] frequencies) {
        long[] held = new long[frequencies.length];
        int count = 0;
        for (int band = 0; band < frequencies.length; band++) {
            if (frequencies[band] > 0) {
                held[count++] = (long) frequencies[band] << Integer.SIZE | band;
            }
        }
        Arrays.sort(held, 0, count);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) held[i];
        }
        return order;
    }

    /**
     * The most frequent values among {@code values} (each a candidate, repeated once per band it shares), at most
     * {@code max}, by descending count and then ascending value; the values are not negative. Counted in a small
     * table rather than by sorting: a lookup gives up to {@value #BUDGET} values, most of them once.
     */
    static int[] mostShared(int[] values, int count, int max) {
        int[] slots = new int[Integer.highestOneBit(Math.max(1, count)) << 2];
        int[] shares = new int[slots.length];
        int mask = slots.length - 1;
        int kinds = 0;
        for (int i = 0; i < count; i++) {
            int slot = (values[i] * 0x9E3779B9) & mask;
            while (slots[slot] != 0 && slots[slot] != values[i] + 1) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == 0) {
                slots[slot] = values[i] + 1;
                kinds++;
            }
            shares[slot]++;
        }
        int[] most = new int[Math.min(max, kinds)];
        int[] mostShares = new int[most.length];
        int taken = 0;
        for (int slot = 0; slot < slots.length && most.length > 0; slot++) {
            if (slots[slot] == 0) {
                continue;
            }
            int value = slots[slot] - 1;
            int share = shares[slot];
            if (taken == most.length && !before(share, value, mostShares[taken - 1], most[taken - 1])) {
                continue;
            }
            int at = Math.min(taken, most.length - 1);
            while (at > 0 && before(share, value, mostShares[at - 1], most[at - 1])) {
                most[at] = most[at - 1];
                mostShares[at] = mostShares[at - 1];
                at--;
            }
            most[at] = value;
            mostShares[at] = share;
            taken = Math.min(taken + 1, most.length);
        }
        return most;
    }

    /** Whether a value shared {@code share} times ranks before one shared {@code otherShare} times. */
    private static boolean before(int share, int value, int otherShare, int otherValue) {
        return share > otherShare || (share == otherShare && value < otherValue);
    }
}
