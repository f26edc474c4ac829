package chanye.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InOrderTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void handsResultsOnInInputOrderWhateverOrderTheyFinishIn(int threads) {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        Set<String> workers = ConcurrentHashMap.newKeySet();
        List<Integer> results = new ArrayList<>();

        InOrder.map(inputs, threads, i -> {
            workers.add(Thread.currentThread().getName());
            LockSupport.parkNanos((i * 7919L % 13) * 100_000L);
            return i * 2;
        }, results::add);

        assertEquals(inputs.stream().map(i -> i * 2).toList(), results);
        assertTrue(workers.size() <= threads, workers.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void rethrowsAFailureOfATaskAfterTheResultsBeforeIt(int threads) {
        List<Integer> results = new ArrayList<>();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InOrder.map(List.of(0, 1, 2, 3, 4), threads, i -> {
                    if (i == 3) {
                        throw new IllegalArgumentException("input 3");
                    }
                    return i;
                }, results::add));

        assertEquals("input 3", e.getMessage());
        assertEquals(List.of(0, 1, 2), results);
    }
}
