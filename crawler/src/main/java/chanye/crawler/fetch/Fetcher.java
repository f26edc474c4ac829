package chanye.crawler.fetch;

/**
 * Fetches one URL over some protocol. A seam: the crawler talks only to this interface, so that a distributed
 * runner or a test can supply another. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Fetcher {

    /**
     * Fetches a URL, following redirects within the implementation's bounds.
     *
     * @return the final response, whatever its status
     * @throws FetchException when there is no usable response: network failure, timeout, a body over the cap,
     *                        too many redirects, a redirect to another scheme, a refused address
     */
    FetchResponse fetch(FetchRequest request) throws FetchException;
}
