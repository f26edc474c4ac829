package chanye.index.story;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How a lookup weighs an article's bands: the rarest first, and the candidates by the bands they share, each band
 * weighing more the fewer articles hold it.
 *
 * <p>A band that many articles share is a phrase of a template (two minima that both come from boilerplate), and
 * tells little: counting it like any other would rank every article of the template above the original. A copy
 * shares many bands with its original, most of them rare, since its own wording (names, places, figures) gives the
 * minima that only the two of them have.
 */
final class RarestBands {

    private RarestBands() {
    }

    /** The indices of the bands that any article holds, by ascending {@code frequencies} (ties by index). */
    static int[] order(int[] frequencies) {
        return IntStream.range(0, frequencies.length).filter(band -> frequencies[band] > 0).boxed()
                .sorted(Comparator.comparingInt(band -> frequencies[band])).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The values of the greatest total weight among {@code values} (each a candidate, repeated once per band it
     * shares, with that band's weight), at most {@code max}, by descending total and then ascending value. Weighing
     * a band by how few articles hold it lets an original that shares a few rare bands with a copy rank above
     * articles written to a template that share many common ones.
     */
    static int[] mostWeighted(int[] values, double[] weights, int count, int max) {
        long[] byValue = new long[count];
        for (int i = 0; i < count; i++) {
            byValue[i] = ((long) values[i] << Integer.SIZE) | i;
        }
        Arrays.sort(byValue);
        int[] distinct = new int[count];
        double[] totals = new double[count];
        int kinds = 0;
        for (long entry : byValue) {
            int value = (int) (entry >>> Integer.SIZE);
            if (kinds == 0 || distinct[kinds - 1] != value) {
                distinct[kinds++] = value;
            }
            totals[kinds - 1] += weights[(int) entry];
        }
        int[] most = new int[Math.min(max, kinds)];
        for (int taken = 0; taken < most.length; taken++) {
            int best = 0;
            for (int kind = 1; kind < kinds; kind++) {
                if (totals[kind] > totals[best]) {
                    best = kind;
                }
            }
            most[taken] = distinct[best];
            totals[best] = Double.NEGATIVE_INFINITY;
        }
        return most;
    }
}
