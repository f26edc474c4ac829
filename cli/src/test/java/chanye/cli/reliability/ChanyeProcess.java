package chanye.cli.reliability;

import chanye.cli.Main;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code chanye} process (a fresh JVM on the test class path), for tests that kill or interrupt it.
 * Its stdout and stderr go to files so that a killed process leaves them readable.
 */
public final class ChanyeProcess {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChanyeProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code chanye ARGS...} with a 256 MB heap; output goes to files in {@code logs}. */
    public static ChanyeProcess start(Path logs, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        return new ChanyeProcess(process, out, err);
    }

    /** Waits for the process to end on its own; fails the test after {@code seconds}. */
    public int waitFor(long seconds) throws IOException, InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("chanye did not finish in " + seconds + " s: " + stderr());
        }
        return process.exitValue();
    }

    /** Whether the process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the process gets no chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /**
     * SIGINT, as Ctrl-C on a terminal sends. Where the process ignores SIGINT (it inherits that from a build started
     * as a background job of a non-interactive shell), it cannot be interrupted: it is killed and the test is skipped,
     * saying why, rather than failed.
     */
    public void interrupt() throws IOException, InterruptedException {
        if (sigintIgnored(process.pid())) {
            kill();
            Assumptions.abort("the chanye process ignores SIGINT, inherited from how this build was started (a"
                    + " background job of a non-interactive shell?): Ctrl-C cannot be tried here");
        }
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    /** Whether a process ignores SIGINT (bit 2 of the SigIgn mask in its /proc status); false where there is no /proc. */
    private static boolean sigintIgnored(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & 0x2) != 0;
            }
        }
        return false;
    }

    public String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    public String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }
}
