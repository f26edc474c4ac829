package chanye.crawler.fetch;

import java.net.UnknownHostException;

/**
 * A host resolved to an address the crawl may not reach (loopback, private, link-local). Thrown from the DNS
 * seam, so it is an {@link UnknownHostException} as OkHttp expects.
 */
public final class RefusedAddressException extends UnknownHostException {

    /** @param message names the host and the refused address */
    public RefusedAddressException(String message) {
        super(message);
    }
}
