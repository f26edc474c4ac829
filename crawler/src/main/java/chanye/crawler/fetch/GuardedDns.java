package chanye.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import okhttp3.Dns;

/**
 * A DNS that checks every answer against an {@link AddressGuard}, so that a public name that resolves to a
 * private address is refused before any connection is made.
 */
public final class GuardedDns implements Dns {

    private final Dns delegate;
    private final AddressGuard guard;

    /** @param delegate the resolver asked first; @param guard what its answers are checked against */
    public GuardedDns(Dns delegate, AddressGuard guard) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> addresses = delegate.lookup(hostname);
        guard.check(hostname, addresses);
        return addresses;
    }
}
