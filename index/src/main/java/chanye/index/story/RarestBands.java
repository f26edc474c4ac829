package chanye.index.story;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

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
        return IntStream.range(0, frequencies.length).filter(band -> frequencies[band] > 0).boxed()
                .sorted(Comparator.comparingInt(band -> frequencies[band])).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The most frequent values among {@code values} (each a candidate, repeated once per band it shares), at most
     * {@code max}, by descending count and then ascending value.
     */
    static int[] mostShared(int[] values, int count, int max) {
        int[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int[] distinct = new int[count];
        int[] shares = new int[count];
        int kinds = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct[kinds++] = sorted[i];
            }
            shares[kinds - 1]++;
        }
        int[] most = new int[Math.min(max, kinds)];
        for (int taken = 0; taken < most.length; taken++) {
            int best = 0;
            for (int kind = 1; kind < kinds; kind++) {
                if (shares[kind] > shares[best]) {
                    best = kind;
                }
            }
            most[taken] = distinct[best];
            shares[best] = -1;
        }
        return most;
    }
}
