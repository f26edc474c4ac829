package chanye.solr;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a SolrCloud cluster is reached, as {@code --solr} gives it: the base URL of one or more of its nodes
 * ({@code http://127.0.0.1:8983/solr}, several separated by commas), or its ZooKeeper ensemble
 * ({@code zk:HOST:PORT[,HOST:PORT...][/chroot]}).
 *
 * @param urls    node base URLs, or empty when the cluster is reached through ZooKeeper
 * @param zkHosts ZooKeeper {@code host:port}s, or empty
 * @param chroot  the ZooKeeper path the cluster lives under, if any
 * @param given   the value as given, for messages
 */
public record SolrTarget(List<String> urls, List<String> zkHosts, Optional<String> chroot, String given) {

    private static final String ZK_PREFIX = "zk:";

    public SolrTarget {
        urls = List.copyOf(urls);
        zkHosts = List.copyOf(zkHosts);
        Objects.requireNonNull(chroot, "chroot");
        Objects.requireNonNull(given, "given");
        if (urls.isEmpty() == zkHosts.isEmpty()) {
            throw new IllegalArgumentException("either node URLs or ZooKeeper hosts, not both");
        }
    }

    /**
     * Parses a {@code --solr} value; a URL without a path gets Solr's {@code /solr}.
     *
     * @throws IllegalArgumentException with a one-line message naming the value and the expected forms
     */
    public static SolrTarget parse(String value) {
        String text = Objects.requireNonNull(value, "value").strip();
        if (text.isEmpty()) {
            throw bad(value, "it is empty");
        }
        if (text.regionMatches(true, 0, ZK_PREFIX, 0, ZK_PREFIX.length())) {
            return zookeeper(value, text.substring(ZK_PREFIX.length()));
        }
        List<String> urls = new ArrayList<>();
        for (String part : text.split(",")) {
            urls.add(nodeUrl(value, part.strip()));
        }
        return new SolrTarget(urls, List.of(), Optional.empty(), value);
    }

    private static SolrTarget zookeeper(String value, String spec) {
        int slash = spec.indexOf('/');
        String hosts = slash < 0 ? spec : spec.substring(0, slash);
        Optional<String> chroot = Optional.empty();
        if (slash >= 0) {
            String path = spec.substring(slash).replaceAll("/+$", "");
            if (!path.isEmpty()) {
                if (!path.matches("(/[A-Za-z0-9._-]+)+")) {
                    throw bad(value, "the chroot " + path + " is not a ZooKeeper path like /solr");
                }
                chroot = Optional.of(path);
            }
        }
        List<String> zkHosts = new ArrayList<>();
        for (String host : hosts.split(",")) {
            zkHosts.add(hostAndPort(value, host.strip()));
        }
        return new SolrTarget(List.of(), zkHosts, chroot, value);
    }

    private static String hostAndPort(String value, String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw bad(value, "'" + hostPort + "' is not HOST:PORT");
        }
        String port = hostPort.substring(colon + 1);
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw bad(value, "'" + port + "' is not a port");
        }
        return hostPort.substring(0, colon).toLowerCase(Locale.ROOT) + ":" + Integer.parseInt(port);
    }

    private static String nodeUrl(String value, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw bad(value, "'" + url + "' is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw bad(value, "'" + url + "' is neither an http(s) URL nor zk:HOST:PORT");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getRawAuthority() + (path.isEmpty() ? "/solr" : path);
    }

    private static IllegalArgumentException bad(String value, String why) {
        return new IllegalArgumentException("--solr " + value + ": " + why + "; give a Solr node's base URL"
                + " (http://HOST:8983/solr) or zk:HOST:PORT[,HOST:PORT...][/chroot]");
    }

    /** Whether the cluster is reached through ZooKeeper. */
    public boolean viaZooKeeper() {
        return !zkHosts.isEmpty();
    }

    @Override
    public String toString() {
        return given;
    }
}
