package chanye.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the real {@code chanye} command line in this JVM and keeps what it printed.
 *
 * @param exitCode the exit code
 * @param out      what went to stdout
 * @param err      what went to stderr
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code chanye ARGS...}. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.commandLine(args, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The last non-empty line of stdout. */
    public String lastLine() {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }
}
