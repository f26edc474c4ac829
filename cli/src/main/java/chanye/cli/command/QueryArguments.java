package chanye.cli.command;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The query arguments of {@code chanye search}, joined with spaces into one query.
 *
 * <p>The search command lets an argument that no option matches stand as a query word, so that an exclusion may
 * be its own argument ({@code chanye search 棉花 -期货}, {@code chanye search -期货 棉花}); by default picocli
 * takes any such argument starting with {@code -} for an unknown option. Only an argument that reads like an
 * option, {@code -} followed by an ASCII letter or a second {@code -} ({@code --frobnicate}, {@code -x}), is still
 * refused as one, with picocli's message: Chinese words, quoted phrases and numbers after {@code -} are exclusions.
 * After {@code --}, the end of options, every argument is a query word ({@code chanye search 棉花 -- -cotton}).
 */
public final class QueryArguments {

    private static final String END_OF_OPTIONS = "--";

    private QueryArguments() {
    }

    /**
     * Sets up the command line of a command that takes a query ({@code search}, {@code export}) to take an argument
     * that no option matches, such as {@code -期货}, as a query word rather than an unknown option; {@link #join}
     * still refuses those that read like options.
     */
    public static void takeUnmatchedOptionsAsQueryWords(CommandLine command) {
        command.setUnmatchedOptionsArePositionalParams(true);
    }

    /**
     * The query the arguments spell.
     *
     * @throws ParameterException "Unknown option" when an argument reads like an option
     */
    static String join(CommandLine commandLine, List<String> arguments) {
        List<String> given = commandLine.getParseResult().originalArgs();
        int endOfOptions = given.indexOf(END_OF_OPTIONS);
        List<String> afterEnd = endOfOptions < 0 ? List.of() : given.subList(endOfOptions + 1, given.size());
        for (String argument : arguments) {
            if (readsLikeOption(argument) && !afterEnd.contains(argument)) {
                throw new ParameterException(commandLine, "Unknown option: '" + argument + "'");
            }
        }
        return String.join(" ", arguments);
    }

    private static boolean readsLikeOption(String argument) {
        if (argument.length() < 2 || argument.charAt(0) != '-') {
            return false;
        }
        char next = argument.charAt(1);
        return next == '-' || (next < 128 && Character.isLetter(next));
    }
}
