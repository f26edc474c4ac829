import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * The Java half of scripts/solrcloud-local.sh, run in source-file mode on the class path of Solr's Maven artifacts.
 *
 * <pre>
 *   node HOME PORT ZKHOST     runs one Solr node (Jetty, context /solr) from HOME (its solr.xml and lib/) until killed
 *   wait-live URL NODES SECS  waits until the cluster seen at URL has NODES live nodes; exit 1 after SECS seconds
 * </pre>
 */
public final class LocalCloud {

    private static final Pattern LIVE_NODES = Pattern.compile("\"live_nodes\"\\s*:\\s*\\[([^\\]]*)\\]");

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "node" -> node(Path.of(args[1]), Integer.parseInt(args[2]), args[3]);
            case "wait-live" -> System.exit(waitLive(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3])));
            default -> {
                System.err.println("usage: LocalCloud node HOME PORT ZKHOST | wait-live URL NODES SECONDS");
                System.exit(2);
            }
        }
    }

    private static void node(Path home, int port, String zkHost) throws Exception {
        System.setProperty("zkHost", zkHost);
        System.setProperty("createZkChroot", "true");
        System.setProperty("solr.log.dir", home.resolve("logs").toString());
        Properties properties = new Properties();
        properties.setProperty("hostPort", Integer.toString(port));
        JettySolrRunner jetty = new JettySolrRunner(home.toString(), properties,
                JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).build());
        jetty.start();
        System.out.println("Solr node up at " + jetty.getBaseUrl());
        Thread.currentThread().join();
    }

    private static int waitLive(String url, int nodes, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/admin/collections?action=CLUSTERSTATUS&wt=json"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plusSeconds(seconds);
        int live = 0;
        while (Instant.now().isBefore(deadline)) {
            try {
                String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                Matcher matcher = LIVE_NODES.matcher(body);
                live = matcher.find() ? matcher.group(1).split(",").length : 0;
                if (live >= nodes) {
                    return 0;
                }
            } catch (java.io.IOException e) {
                live = 0;
            }
            Thread.sleep(500);
        }
        System.err.println("only " + live + " of " + nodes + " Solr nodes came up in " + seconds + " s");
        return 1;
    }
}
