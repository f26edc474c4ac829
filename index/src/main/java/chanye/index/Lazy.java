package chanye.index;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made once, on first use: what is costly to make and not always needed, such as the segmenter (HanLP's
 * dictionaries take a second to load), which a report or an export without a query never asks for. Thread-safe.
 *
 * @param <T> the value's type
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> source;
    private volatile T value;

    private Lazy(Supplier<? extends T> source) {
        this.source = source;
    }

    /** The value {@code source} gives when first asked, then always that value; {@code source} itself if lazy. */
    @SuppressWarnings("unchecked")
    static <T> Lazy<T> of(Supplier<? extends T> source) {
        Objects.requireNonNull(source, "source");
        return source instanceof Lazy<?> lazy ? (Lazy<T>) lazy : new Lazy<>(source);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = Objects.requireNonNull(source.get(), "a lazy value");
                    value = made;
                }
            }
        }
        return made;
    }
}
