package chanye.cli.command;

import chanye.cli.Main;
import chanye.cli.UserException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code chanye solr plugin-path}: where the plugin jar for Solr nodes is, the one file an operator copies into
 * each node's {@code lib/}. The build makes it beside the command's own jar, in {@code solr-plugin/target/}.
 */
@Command(name = "plugin-path", mixinStandardHelpOptions = true,
        description = "Print the path of chanye-solr-plugin.jar, to copy into each Solr node's lib/.")
public final class SolrPluginPathCommand implements Callable<Integer> {

    /** The plugin jar's file name. */
    public static final String JAR = "chanye-solr-plugin.jar";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Path root = projectRoot();
        Path jar = root.resolve("solr-plugin").resolve("target").resolve(JAR).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw UserException.failure(jar + " is not built: run mvn -B -q -DskipTests package in " + root
                    + " (./chanye builds it when it rebuilds itself)", null);
        }
        spec.commandLine().getOut().println(jar);
        return 0;
    }

    /** The checkout this command runs from: three levels above {@code cli/target/chanye.jar} or its classes. */
    private static Path projectRoot() {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = code.getParent() == null ? null : code.getParent().getParent();
            root = root == null ? null : root.getParent();
            if (root == null) {
                throw UserException.failure("cannot tell where chanye runs from (" + code + ")", null);
            }
            return root;
        } catch (URISyntaxException e) {
            throw UserException.failure("cannot tell where chanye runs from: " + e.getMessage(), e);
        }
    }
}
