package chanye.cli.command;

import chanye.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code chanye solr}: set up and fill a SolrCloud collection for chanye. Its sub-commands name nothing of Solr in
 * their fields or signatures, so that building the command line does not load SolrJ.
 */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = "Set up a SolrCloud collection for chanye, find the plugin for its nodes, copy a local index in.",
        subcommands = {SolrInitCommand.class, SolrPluginPathCommand.class, SolrImportCommand.class})
public final class SolrCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    /** The global options. */
    Main main() {
        return main;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: init, plugin-path or import");
    }
}
