package chanye.index;

/** A query that cannot be parsed; the message is one line and names what is wrong. */
public final class InvalidQueryException extends Exception {

    public InvalidQueryException(String message) {
        super(message);
    }
}
