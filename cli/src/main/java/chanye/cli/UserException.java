package chanye.cli;

/**
 * A failure the user can act on: printed as one line, never with a stack trace, and mapped to an exit code.
 */
public final class UserException extends RuntimeException {

    /** Exit code for a failure at run time. */
    public static final int FAILURE = 1;
    /** Exit code for bad usage. */
    public static final int USAGE = 2;

    private final int exitCode;

    private UserException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Bad usage: a flag value, date, query or file the user gave is wrong. Exit code 2. */
    public static UserException usage(String message) {
        return new UserException(message, USAGE, null);
    }

    /** A failure at run time that the message explains. Exit code 1. */
    public static UserException failure(String message, Throwable cause) {
        return new UserException(message, FAILURE, cause);
    }

    /** The process exit code this failure maps to. */
    public int exitCode() {
        return exitCode;
    }
}
