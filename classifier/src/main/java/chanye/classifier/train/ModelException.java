package chanye.classifier.train;

import java.io.IOException;

/** A training folder or a model file that cannot be used; the message names the folder or file and what is wrong. */
public final class ModelException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the folder or file */
    public ModelException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the folder or file
     * @param cause   the failure underneath
     */
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
