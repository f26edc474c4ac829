package chanye.cli;

import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The sub-command a command line names: its first argument after the top command's own options ({@code chanye
 * --data DIR -q search ...} names {@code search}). Read before picocli parses, so that only that sub-command's model
 * need be built; which options there are, and which take a value, comes from the top command's model. A help or
 * version option, or an option the top command does not have, means none is named, so that picocli sees the whole
 * command.
 */
final class SubcommandName {

    private SubcommandName() {
    }

    /** The name {@code args} give after the options of {@code top}, or empty when they name none. */
    static Optional<String> of(CommandSpec top, String[] args) {
        for (int i = 0; args != null && i < args.length; i++) {
            String arg = args[i];
            if (arg == null) {
                return Optional.empty();
            }
            if (!arg.startsWith("-")) {
                return Optional.of(arg);
            }
            int equals = arg.indexOf('=');
            OptionSpec option = top.findOption(equals < 0 ? arg : arg.substring(0, equals));
            if (option != null && isPlain(option)) {
                i += equals < 0 && option.arity().max() > 0 ? 1 : 0;
            } else if (!isClusterOfFlags(top, arg)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether {@code arg} is short flags written together, such as {@code -qv}. */
    private static boolean isClusterOfFlags(CommandSpec top, String arg) {
        return arg.length() > 2 && arg.charAt(1) != '-' && arg.chars().skip(1).allMatch(c -> {
            OptionSpec option = top.findOption("-" + (char) c);
            return option != null && isPlain(option) && option.arity().max() == 0;
        });
    }

    /** Whether the option is neither help nor version, which picocli answers with the whole command. */
    private static boolean isPlain(OptionSpec option) {
        return !option.usageHelp() && !option.versionHelp();
    }
}
