package id.dkip.alfresco.webscripts.publik;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A static file server on a free local port for the browser tests: pages are loaded over HTTP as from the agency's
 * web server (from file:// URLs chromium refuses the requests a page's tools make, e.g. axe-core reading the CSS).
 */
final class LocalWebServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=UTF-8",
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8");
    private final HttpServer server;

    private LocalWebServer(HttpServer server) {
        this.server = server;
    }

    static LocalWebServer serve(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                Path file = base.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                String name = file.getFileName() == null ? "" : file.getFileName().toString();
                String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
                if (!file.startsWith(base) || !Files.isRegularFile(file) || type == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return new LocalWebServer(server);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
