package chanye.cli.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per input on several threads and hands the results on in input order, as each is ready, with a
 * bounded number of results held: a batch of a hundred thousand files uses every core without keeping every result
 * in memory.
 */
final class InOrder {

    private static final int QUEUED_PER_THREAD = 4;

    private InOrder() {
    }

    /**
     * Maps every input and passes the results to {@code done} in the order of the inputs, on the calling thread.
     *
     * @param inputs  the inputs
     * @param threads how many to work on at once; 1 runs everything on the calling thread
     * @param task    the work on one input; an unchecked exception it throws is rethrown here, in order
     * @param done    what to do with each result
     */
    static <I, R> void map(List<I> inputs, int threads, Function<I, R> task, Consumer<R> done) {
        if (threads <= 1 || inputs.size() <= 1) {
            inputs.forEach(input -> done.accept(task.apply(input)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "chanye-extract");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !pending.isEmpty()) {
                while (next < inputs.size() && pending.size() < threads * QUEUED_PER_THREAD) {
                    I input = inputs.get(next++);
                    pending.add(pool.submit(() -> task.apply(input)));
                }
                done.accept(result(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
