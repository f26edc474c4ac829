package chanye.crawler.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback server that misbehaves below HTTP: it never answers, resets connections, cuts bodies short, sends a
 * body that never ends, or closes each connection after one answer without saying so. Every connection gets the
 * same behaviour.
 */
public final class RawServer implements AutoCloseable {

    /** What the server does with each connection. */
    public enum Behaviour {
        /** accepts and never answers */
        SILENT,
        /** reads the request and resets the connection */
        RESET,
        /** promises 5,000 bytes and sends 1,000 */
        TRUNCATED,
        /** sends a page that never ends, a little at a time */
        ENDLESS,
        /** answers in HTTP/1.0 with a whole page, then closes without a Connection header, as old servers do */
        CLOSES_AFTER_ANSWER
    }

    private final ServerSocket socket;
    private final Behaviour behaviour;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-server");
        t.setDaemon(true);
        return t;
    });

    public RawServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    /** The absolute URL of a path on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                pool.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            switch (behaviour) {
                case SILENT -> in.transferTo(OutputStream.nullOutputStream());
                case RESET -> {
                    readHead(in);
                    client.setSoLinger(true, 0);
                }
                case TRUNCATED -> {
                    readHead(in);
                    out.write(head("Content-Length: 5000").getBytes(StandardCharsets.US_ASCII));
                    out.write("<html><body><p>".repeat(66).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                case CLOSES_AFTER_ANSWER -> {
                    readHead(in);
                    byte[] page = "<html><body><p>老站点</p></body></html>".getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                            + page.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(page);
                    out.flush();
                }
                case ENDLESS -> {
                    readHead(in);
                    out.write(head("Connection: close").getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = "<p>行情持续更新中</p>".repeat(20).getBytes(StandardCharsets.UTF_8);
                    while (true) {
                        out.write(chunk);
                        out.flush();
                        Thread.sleep(5);
                    }
                }
            }
        } catch (IOException | InterruptedException clientGone) {
            if (clientGone instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String head(String extra) {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extra + "\r\n\r\n";
    }

    private static void readHead(InputStream in) throws IOException {
        int state = 0;
        int b;
        while (state < 4 && (b = in.read()) != -1) {
            state = (b == '\r' || b == '\n') ? state + 1 : 0;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        pool.shutdownNow();
    }
}
