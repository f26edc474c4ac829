package chanye.bench.jmh;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * How long JMH warms up and measures: the same options on every stage that runs JMH, so that a quick smoke run
 * ({@code --iterations 1 --iteration-ms 200}) and a full run differ only in these numbers.
 */
public final class JmhSettings {

    @Option(names = "--forks", defaultValue = "2", description = "Fresh JVMs per benchmark (default ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--warmups", defaultValue = "3", description = "Warm-up iterations per fork (default ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--iterations", defaultValue = "5", description = "Measured iterations per fork (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--iteration-ms", defaultValue = "2000", description = "Length of one iteration (default ${DEFAULT-VALUE}).")
    int iterationMs;

    @Option(names = "--jvm-arg", description = "Extra argument for the forked JVMs (repeatable).")
    List<String> jvmArgs = List.of("-Xmx1g", "-XX:+UseParallelGC");

    /** How the settings read in a results file. */
    public String describe() {
        return forks + " forks x (" + warmups + " warm-up + " + iterations + " measured) iterations of " + iterationMs
                + " ms, one thread, JVM " + String.join(" ", jvmArgs);
    }
}
