package chanye.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses addresses a crawl must not reach, so that a link, a DNS answer or a redirect cannot turn it inward.
 *
 * <p>Public addresses are always allowed. Loopback, private and link-local addresses are refused unless a seed of
 * the crawl itself is in that class: a crawl started on a loopback seed may fetch loopback addresses (local sites,
 * tests, the demo), but a public crawl never follows a link to 127.0.0.1, 10.x, or the metadata address.
 * Reserved addresses (multicast) are always refused.
 */
public final class AddressGuard {

    private final Set<AddressClass> allowed;

    private AddressGuard(Set<AddressClass> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** A guard that allows public addresses and the given classes. */
    public static AddressGuard allowing(Collection<AddressClass> classes) {
        EnumSet<AddressClass> set = EnumSet.of(AddressClass.PUBLIC);
        set.addAll(classes);
        set.remove(AddressClass.RESERVED);
        return new AddressGuard(set);
    }

    /**
     * A guard for a crawl of the given seed hosts: each seed's own address class is allowed.
     *
     * @param resolver how the crawl resolves names; a seed that does not resolve adds nothing
     */
    public static AddressGuard forSeeds(Collection<String> seedHosts, okhttp3.Dns resolver) {
        EnumSet<AddressClass> classes = EnumSet.noneOf(AddressClass.class);
        for (String host : seedHosts) {
            try {
                resolve(host, resolver).forEach(a -> classes.add(AddressClass.of(a)));
            } catch (UnknownHostException e) {
                continue;
            }
        }
        return allowing(classes);
    }

    /** The classes this guard lets through. */
    public Set<AddressClass> allowed() {
        return allowed;
    }

    /**
     * Checks every address a host resolved to.
     *
     * @throws RefusedAddressException naming the host and the first refused address
     */
    public void check(String host, List<InetAddress> addresses) throws RefusedAddressException {
        for (InetAddress address : addresses) {
            AddressClass kind = AddressClass.of(address);
            if (!allowed.contains(kind)) {
                throw new RefusedAddressException("refused " + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + " address " + address.getHostAddress() + " for " + host);
            }
        }
    }

    /** Resolves a host: IP literals (with or without IPv6 brackets) directly, names through the resolver. */
    static List<InetAddress> resolve(String host, okhttp3.Dns resolver) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (isIpLiteral(bare)) {
            return List.of(InetAddress.getByName(bare));
        }
        return resolver.lookup(bare);
    }

    /**
     * Whether a host string is an IPv4 or IPv6 literal rather than a name: it holds a colon, or it is digits and dots
     * only. Asked before every request, so read in one pass rather than by a regex compiled per call.
     */
    static boolean isIpLiteral(String host) {
        if (host.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return !host.isEmpty();
    }
}
