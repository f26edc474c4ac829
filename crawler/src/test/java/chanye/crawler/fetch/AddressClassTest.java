package chanye.crawler.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressClassTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, LOOPBACK", "127.9.9.9, LOOPBACK", "::1, LOOPBACK", "0.0.0.0, LOOPBACK", "::, LOOPBACK",
        "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.254, PRIVATE", "192.168.1.1, PRIVATE",
        "100.64.0.1, PRIVATE", "fd00::1, PRIVATE", "fc00::abcd, PRIVATE", "fd00:ec2::254, PRIVATE",
        "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL",
        "::ffff:10.0.0.1, PRIVATE", "::ffff:127.0.0.1, LOOPBACK", "::ffff:169.254.169.254, LINK_LOCAL",
        "::10.0.0.1, PRIVATE", "224.0.0.1, RESERVED",
        "172.32.0.1, PUBLIC", "8.8.8.8, PUBLIC", "2001:4860:4860::8888, PUBLIC", "100.128.0.1, PUBLIC",
    })
    void classifies(String address, AddressClass expected) throws Exception {
        assertEquals(expected, AddressClass.of(InetAddress.getByName(address)));
    }

    @Test
    void guardAllowsOnlyPublicAndTheSeedsOwnClass() throws Exception {
        AddressGuard guard = AddressGuard.allowing(Set.of(AddressClass.LOOPBACK));
        guard.check("localhost", List.of(InetAddress.getByName("127.0.0.1")));
        guard.check("dns.example", List.of(InetAddress.getByName("8.8.8.8")));
        RefusedAddressException e = assertThrows(RefusedAddressException.class, () -> guard.check("meta.example",
                List.of(InetAddress.getByName("8.8.8.8"), InetAddress.getByName("169.254.169.254"))));
        assertTrue(e.getMessage().contains("169.254.169.254") && e.getMessage().contains("meta.example"),
                e.getMessage());
    }

    @Test
    void seedsDecideWhichClassesAreAllowed() {
        okhttp3.Dns dns = host -> {
            throw new java.net.UnknownHostException(host);
        };
        assertEquals(Set.of(AddressClass.PUBLIC, AddressClass.LOOPBACK),
                AddressGuard.forSeeds(List.of("127.0.0.1", "unresolvable.example"), dns).allowed());
        assertEquals(Set.of(AddressClass.PUBLIC), AddressGuard.forSeeds(List.of("8.8.8.8"), dns).allowed());
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, true", "8.8.8.8, true", "1.2.3, true", "., true", "::1, true", "[::1], true", "fe80::1%eth0, true",
        "example.com, false", "1.2.3.4a, false", "a1.2.3.4, false", "1.2.3.4., true", "'', false", "localhost, false",
        "\u0661\u0662\u0663, false", "xn--fiqs8s, false", "1-2.3, false",
    })
    void tellsIpLiteralsFromNames(String host, boolean literal) {
        assertEquals(literal, AddressGuard.isIpLiteral(host), host);
        assertEquals(host.contains(":") || host.matches("[0-9.]+"), AddressGuard.isIpLiteral(host), host);
    }
}
