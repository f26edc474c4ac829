package chanye.classifier.train;

import java.io.IOException;

/** A training folder or a model file that cannot be used; the message names the folder or file and what is wrong. */
public final class ModelException extends IOException {

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
