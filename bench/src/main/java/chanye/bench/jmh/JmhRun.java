package chanye.bench.jmh;

import chanye.bench.Summary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of one class on one thread and returns, per benchmark method, the summary of its
 * measured iterations (operations per second), so that a stage can turn them into pages or articles per second.
 */
public final class JmhRun {

    private JmhRun() {
    }

    /**
     * Runs every {@code @Benchmark} method of {@code benchmarkClass}.
     *
     * @param params the benchmark's {@code @Param} values by name
     * @return method name to the summary of its iterations' throughput, in operations per second
     */
    public static Map<String, Summary> run(Class<?> benchmarkClass, Map<String, String> params, JmhSettings settings)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmarkClass.getName()) + "\\.")
                .forks(settings.forks)
                .warmupIterations(settings.warmups)
                .warmupTime(TimeValue.milliseconds(settings.iterationMs))
                .measurementIterations(settings.iterations)
                .measurementTime(TimeValue.milliseconds(settings.iterationMs))
                .threads(1)
                .jvmArgs(settings.jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true);
        params.forEach(options::param);
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Summary> byMethod = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            double[] scores = result.getBenchmarkResults().stream()
                    .flatMap(fork -> fork.getIterationResults().stream())
                    .mapToDouble(iteration -> iteration.getPrimaryResult().getScore())
                    .toArray();
            byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), Summary.of(scores));
        }
        return byMethod;
    }
}
