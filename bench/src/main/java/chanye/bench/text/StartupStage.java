package chanye.bench.text;

import chanye.bench.Results;
import chanye.bench.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench startup}: the classifier's start-up (default taxonomy and HanLP loaded, first article classified),
 * each run in a fresh JVM started with the flags the {@code chanye} launcher uses for short commands. The article is
 * generated once, before the JVMs start, and each reads it from a file as {@code chanye classify FILE} would: the
 * project's article generator is no part of a user's start-up.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Time HanLP and taxonomy loading to the first classification, in fresh JVMs.")
public final class StartupStage implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "7", description = "Fresh JVMs to start (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--jvm-arg", description = "JVM flags of the probe (default: the launcher's for short commands).")
    private List<String> jvmArgs = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the figures (JSON).")
    private Path out;

    /** What the stage measured, in milliseconds. */
    record Figures(Summary jvmStartToFirstResultMs, Summary loadToFirstResultMs, List<String> jvmArgs) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path article = Files.createTempFile("chanye-startup-", ".txt");
        try {
            BenchText text = BenchText.generate(1, 2000, 1).get(0);
            Files.writeString(article, text.title() + "\n" + text.body());
            return measure(article);
        } finally {
            Files.deleteIfExists(article);
        }
    }

    private int measure(Path article) throws IOException, InterruptedException {
        double[] sinceJvm = new double[runs];
        double[] sinceLoad = new double[runs];
        for (int run = 0; run < runs; run++) {
            String[] figures = probe(article).split(" ");
            sinceJvm[run] = Double.parseDouble(figures[0]);
            sinceLoad[run] = Double.parseDouble(figures[1]);
        }
        Results.write(out, new Figures(Summary.of(sinceJvm), Summary.of(sinceLoad), jvmArgs));
        return 0;
    }

    private String probe(Path article) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(),
                article.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IOException("start-up probe failed (exit " + process.exitValue() + "): " + output);
        }
        return output;
    }
}
