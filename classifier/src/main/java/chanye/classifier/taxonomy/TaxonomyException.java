package chanye.classifier.taxonomy;

import java.io.IOException;

/** A taxonomy file that cannot be read or does not describe a valid taxonomy; the message names the file. */
public final class TaxonomyException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, starting with the file
     * @param cause   the failure underneath
     */
    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what is wrong, starting with the file */
    public TaxonomyException(String message) {
        super(message);
    }
}
