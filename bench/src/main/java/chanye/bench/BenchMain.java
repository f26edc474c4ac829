package chanye.bench;

import chanye.bench.extract.ExtractStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmark harness's Java side, called by {@code bench/run.sh}: one sub-command per measurement, each writing
 * its figures as JSON. Not part of the product; built only with the Maven profile {@code bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure chanye's stages; see bench/run.sh for the whole harness.",
        subcommands = {ExtractStage.class, CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: bench --help)");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }
}
