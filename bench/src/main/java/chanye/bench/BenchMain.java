package chanye.bench;

import chanye.bench.extract.ExtractStage;
import chanye.bench.extract.PagesStage;
import chanye.bench.index.IndexStage;
import chanye.bench.site.ExportStage;
import chanye.bench.site.ServeStage;
import chanye.bench.solr.ScaleStage;
import chanye.bench.story.ExportRowsStage;
import chanye.bench.story.ReportStage;
import chanye.bench.story.StoriesStage;
import chanye.bench.text.ClassifyStage;
import chanye.bench.text.StartupStage;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmark harness's Java side, called by {@code bench/run.sh}: one sub-command per measurement, each writing
 * its figures as JSON. Not part of the product; built only with the Maven profile {@code bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure chanye's stages; see bench/run.sh for the whole harness.",
        subcommands = {ExtractStage.class, ClassifyStage.class, StartupStage.class, IndexStage.class,
                ServeStage.class, ExportStage.class, PagesStage.class, ScaleStage.class, StoriesStage.class,
                ReportStage.class, ExportRowsStage.class, CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: bench --help)");
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new BenchMain());
        commandLine.setExecutionExceptionHandler(BenchMain::reportFailure);
        System.exit(commandLine.execute(args));
    }

    /** A failed measurement as one line naming what failed; the stack trace only for a bug in the harness. */
    private static int reportFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        String command = commandLine.getCommandName();
        if (failure instanceof IOException || failure instanceof IllegalArgumentException) {
            String message = failure instanceof NoSuchFileException missing
                    ? missing.getFile() + ": " + Objects.requireNonNullElse(missing.getReason(), "no such file")
                    : failure.getMessage();
            commandLine.getErr().println("bench " + command + ": " + message);
        } else {
            commandLine.getErr().println("bench " + command + ": unexpected failure");
            failure.printStackTrace(commandLine.getErr());
        }
        return 1;
    }
}
