package chanye.cli;

import chanye.classifier.taxonomy.TaxonomyException;
import chanye.classifier.train.ModelException;
import chanye.crawler.CrawlStateException;
import chanye.index.BackendUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr and an exit code: 2 for bad usage, 1 for failures at run time.
 * Stack traces are printed only for unexpected failures under {@code --verbose}.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private final Main main;

    ErrorHandler(Main main) {
        this.main = main;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        commandLine.getErr().println("chanye: " + reason(e) + " (see '" + commandLine.getCommandSpec().qualifiedName()
                + " --help')");
        return UserException.USAGE;
    }

    /** picocli's reason, except for a word where a command was expected: named, with the closest commands. */
    private static String reason(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && unmatched.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            List<String> suggestions = unmatched.getSuggestions();
            return "unknown command '" + unmatched.getUnmatched().get(0) + "'"
                    + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?");
        }
        return e.getMessage();
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        Throwable failure = e instanceof UncheckedIOException u ? u.getCause() : e;
        int exitCode = UserException.FAILURE;
        String message;
        if (failure instanceof UserException user) {
            exitCode = user.exitCode();
            message = user.getMessage();
        } else if (failure instanceof BackendUnavailableException || failure instanceof CrawlStateException
                || failure instanceof TaxonomyException || failure instanceof ModelException) {
            message = failure.getMessage();
        } else if (failure instanceof IOException) {
            message = "I/O error: " + failure.getMessage();
        } else {
            message = "unexpected error: " + failure + " (run with -v for details)";
            if (main.verbose()) {
                failure.printStackTrace(commandLine.getErr());
            }
        }
        commandLine.getErr().println("chanye: " + message);
        return exitCode;
    }
}
