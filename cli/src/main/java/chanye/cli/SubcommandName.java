package chanye.cli;

import java.util.Optional;
import java.util.Set;

/**
 * The sub-command a command line names: its first argument after the global options ({@code chanye --data DIR -q
 * search ...} names {@code search}). Read before picocli parses, so that only that sub-command's model need be
 * built. Any other option before it ({@code --help}, {@code --version}, a mistake) means none is named, so that
 * picocli sees the whole command.
 */
final class SubcommandName {

    /** The global options that take no value. */
    private static final Set<String> FLAGS = Set.of("-q", "--quiet", "-v", "--verbose", "-qv", "-vq");
    /** The global option that takes the next argument (or its value after {@code =}). */
    private static final String DATA = "--data";

    private SubcommandName() {
    }

    /** The name, or empty when the arguments name none. */
    static Optional<String> of(String[] args) {
        for (int i = 0; args != null && i < args.length; i++) {
            String arg = args[i];
            if (arg == null) {
                return Optional.empty();
            }
            if (arg.equals(DATA)) {
                i++;
            } else if (!FLAGS.contains(arg) && !arg.startsWith(DATA + "=")) {
                return arg.startsWith("-") ? Optional.empty() : Optional.of(arg);
            }
        }
        return Optional.empty();
    }
}
