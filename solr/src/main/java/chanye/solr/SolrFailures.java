package chanye.solr;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/** Reads what went wrong from SolrJ's exceptions: whether to try again, and a short reason for a message. */
final class SolrFailures {

    private static final int MAX_REASON = 200;

    private SolrFailures() {
    }

    /**
     * Whether {@code e} may pass on its own: the node or the network failed (a node down, a leader being elected,
     * a timeout), not the request. A 4xx answer (a bad query, a missing collection) is final.
     */
    static boolean isTransient(Throwable e) {
        if (e instanceof SolrException solr) {
            int code = solr.code();
            return !(code >= 400 && code < 500);
        }
        return true;
    }

    /** The innermost cause that says something, in one line of at most {@value #MAX_REASON} characters. */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause instanceof SolrServerException || cause.getMessage() == null
                        || cause.getCause() instanceof ConnectException
                        || cause.getCause() instanceof UnknownHostException
                        || cause.getCause() instanceof SocketTimeoutException)) {
            cause = cause.getCause();
        }
        String text = cause instanceof ConnectException ? "connection refused"
                : cause instanceof UnknownHostException ? "unknown host " + cause.getMessage()
                : cause instanceof SocketTimeoutException ? "timed out"
                : String.valueOf(cause.getMessage());
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
    }

    /** Whether Solr answered that the collection does not exist. */
    static boolean isMissingCollection(Throwable e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("collection not found") || message.contains("could not find collection");
    }
}
