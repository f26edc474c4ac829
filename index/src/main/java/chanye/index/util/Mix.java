package chanye.index.util;

/** Scrambles the bits of a {@code long}, for hashing words and runs of words and for spreading keys over slots. */
public final class Mix {

    private Mix() {
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
    public static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
