package chanye.cli;

import chanye.cli.command.AnalyzeCommand;
import chanye.cli.command.ClassifyCommand;
import chanye.cli.command.EvalCommand;
import chanye.cli.command.CrawlCommand;
import chanye.cli.command.CrawlPreparation;
import chanye.cli.command.DemoCommand;
import chanye.cli.command.PruneCommand;
import chanye.cli.command.QueryArguments;
import chanye.cli.command.ExportCommand;
import chanye.cli.command.ExtractCommand;
import chanye.cli.command.ReportCommand;
import chanye.cli.command.RetagCommand;
import chanye.cli.command.SearchCommand;
import chanye.cli.command.SolrCommand;
import chanye.cli.command.StatsCommand;
import chanye.cli.command.WarmUpCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code chanye} command: global options and the sub-commands of the CLI contract.
 *
 * <p>Exit codes: 0 success, 1 failure at run time, 2 bad usage. A user's mistake is reported as one line on
 * stderr, never as a stack trace; {@code -v} adds the stack trace of unexpected failures.
 */
@Command(name = "chanye", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Crawl Chinese news, extract articles, tag industrial clusters, search them.")
public final class Main implements Runnable {

    /**
     * The sub-commands, in the order help lists them. Picocli builds the model of every sub-command it is given,
     * by reflection over its annotations, which costs a cold command about a third of a second: a command line
     * that names one of them is built with that one only.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CrawlCommand.class, SearchCommand.class,
            ReportCommand.class, ExportCommand.class, ExtractCommand.class, ClassifyCommand.class, StatsCommand.class,
            PruneCommand.class, SolrCommand.class, DemoCommand.class, EvalCommand.class, AnalyzeCommand.class,
            RetagCommand.class, WarmUpCommand.class, CommandLine.HelpCommand.class);

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where the index and crawl state live (default: $CHANYE_DATA, else ./chanye-data).")
    private Path data;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print only results and errors.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log more, and print stack traces of unexpected failures.")
    private boolean verbose;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The data directory chosen by {@code --data}, {@code $CHANYE_DATA} or the default; bad usage if a file. */
    public DataDir dataDir() {
        if (data != null && data.toString().isBlank()) {
            throw UserException.usage("--data is empty: give a directory");
        }
        DataDir dataDir = DataDir.resolve(data, System.getenv("CHANYE_DATA"));
        if (Files.exists(dataDir.root()) && !Files.isDirectory(dataDir.root())) {
            throw UserException.usage("--data " + dataDir.root() + " is a file, not a directory");
        }
        return dataDir;
    }

    /** Whether {@code --data} was given on the command line. */
    public boolean dataGiven() {
        return data != null;
    }

    /** Whether {@code --quiet} was given. */
    public boolean quiet() {
        return quiet;
    }

    /** Whether {@code --verbose} was given. */
    public boolean verbose() {
        return verbose;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Builds the command line with the contract's exit codes and error handling, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        Main main = new Main();
        return commandLine(main, new CommandLine(main), SUBCOMMANDS, out, err);
    }

    /**
     * The command line for {@code args}: with only the sub-command they name when they name one (see
     * {@link SubcommandName}), else with all of them, so that help (and {@code help}, which describes the others),
     * and the error for a command that does not exist, list every one.
     */
    public static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine commandLine = new CommandLine(main);
        return commandLine(main, commandLine, named(commandLine, args), out, err);
    }

    /** The sub-command {@code args} name, alone, or every one when they name none that exists. */
    private static List<Class<?>> named(CommandLine top, String[] args) {
        return SubcommandName.of(top.getCommandSpec(), args)
                .flatMap(name -> SUBCOMMANDS.stream().filter(type -> type != CommandLine.HelpCommand.class)
                        .filter(type -> name.equals(nameOf(type))).findFirst())
                .<List<Class<?>>>map(List::of)
                .orElse(SUBCOMMANDS);
    }

    private static String nameOf(Class<?> type) {
        return type.getAnnotation(Command.class).name();
    }

    private static CommandLine commandLine(Main main, CommandLine commandLine, List<Class<?>> subcommands,
                                           PrintWriter out, PrintWriter err) {
        subcommands.forEach(type -> commandLine.addSubcommand(nameOf(type), type));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new ErrorHandler(main));
        commandLine.setExecutionExceptionHandler(new ErrorHandler(main));
        Stream.of("search", "export").map(commandLine.getSubcommands()::get).filter(Objects::nonNull)
                .forEach(QueryArguments::takeUnmatchedOptionsAsQueryWords);
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        return commandLine;
    }

    public static void main(String[] args) {
        if (args.length > 0 && nameOf(ExtractCommand.class).equals(args[0])) {
            ExtractCommand.prepareInBackground();
        }
        Main main = new Main();
        CommandLine top = new CommandLine(main);
        List<Class<?>> subcommands = named(top, args);
        if (subcommands.equals(List.of(CrawlCommand.class)) || subcommands.equals(List.of(DemoCommand.class))) {
            CrawlPreparation.startInBackground();
        }
        System.exit(commandLine(main, top, subcommands, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args));
    }
}
