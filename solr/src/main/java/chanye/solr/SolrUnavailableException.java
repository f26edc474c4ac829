package chanye.solr;

import chanye.index.BackendUnavailableException;

/**
 * A Solr cluster or collection cannot serve chanye: unreachable, missing, without chanye's schema or plugin, or
 * failing after the retries. The message is one line that names the cluster and the collection and says what to do.
 */
public final class SolrUnavailableException extends BackendUnavailableException {

    public SolrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
