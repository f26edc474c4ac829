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
 */
final class QueryArguments {

    private QueryArguments() {
    }

    /**
     * The query the arguments spell.
     *
     * @throws ParameterException "Unknown option" when an argument reads like an option
     */
    static String join(CommandLine commandLine, List<String> arguments) {
        for (String argument : arguments) {
            if (readsLikeOption(argument)) {
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
