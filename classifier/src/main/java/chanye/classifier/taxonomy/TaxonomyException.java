package chanye.classifier.taxonomy;

import java.io.IOException;

/** A taxonomy file that cannot be read or does not describe a valid taxonomy; the message names the file. */
public final class TaxonomyException extends IOException {

    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }

    public TaxonomyException(String message) {
        super(message);
    }
}
