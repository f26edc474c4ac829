package chanye.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The kinds of network address a crawler must tell apart so that it cannot be turned inward.
 */
public enum AddressClass {
    /** an address on the public internet */
    PUBLIC,
    /** this machine: 127/8, ::1, and the unspecified 0.0.0.0 and :: that reach it */
    LOOPBACK,
    /** a private network: 10/8, 172.16/12, 192.168/16, 100.64/10 (carrier NAT), fc00::/7, fec0::/10 */
    PRIVATE,
    /** link-local, including the cloud metadata address 169.254.169.254: 169.254/16, fe80::/10 */
    LINK_LOCAL,
    /** multicast and other addresses no web page lives on */
    RESERVED;

    /** Classifies an address; IPv4-mapped and IPv4-compatible IPv6 addresses are classified by their IPv4 part. */
    public static AddressClass of(InetAddress address) {
        InetAddress a = embeddedIpv4(address);
        if (a.isLoopbackAddress() || a.isAnyLocalAddress()) {
            return LOOPBACK;
        }
        if (a.isLinkLocalAddress()) {
            return LINK_LOCAL;
        }
        if (a.isSiteLocalAddress() || isUniqueLocal(a) || isCarrierNat(a)) {
            return PRIVATE;
        }
        if (a.isMulticastAddress()) {
            return RESERVED;
        }
        return PUBLIC;
    }

    private static boolean isUniqueLocal(InetAddress a) {
        return a instanceof Inet6Address && (a.getAddress()[0] & 0xFE) == 0xFC;
    }

    private static boolean isCarrierNat(InetAddress a) {
        byte[] b = a.getAddress();
        return a instanceof Inet4Address && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64;
    }

    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return address;
            }
        }
        boolean mapped = (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
