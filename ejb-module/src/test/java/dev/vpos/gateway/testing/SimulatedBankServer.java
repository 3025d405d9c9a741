package dev.vpos.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on an ephemeral port of 127.0.0.1, in the test's JVM, that hands each request to a simulated
 * bank's plain-Java core (from the bank-simulator module). The adapter under test talks to it through the real
 * {@code BankHttpTransport} (CXF), so a contract test exercises field names, formats, hashes and HTTP on both
 * sides without a Liberty server. Close it after the test.
 */
public final class SimulatedBankServer implements AutoCloseable {

    /** What arrived: method, path (without the context), query, headers (lower-case names), body. */
    public record Request(String method, String path, String query, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        public String contentType() {
            return header("content-type");
        }
    }

    /** What to answer. */
    public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

        public static Reply of(int status, String contentType, byte[] body) {
            return new Reply(status, contentType, body, Map.of());
        }
    }

    @FunctionalInterface
    public interface Handler {
        Reply handle(Request request) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Handler> handlers = new HashMap<>();
    private final Map<String, Handler> prefixes = new HashMap<>();

    public SimulatedBankServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    /** Routes requests whose path is exactly {@code path} to {@code handler}. */
    public SimulatedBankServer on(String path, Handler handler) {
        synchronized (handlers) {
            handlers.put(path, handler);
        }
        return this;
    }

    /**
     * Routes requests whose path starts with {@code prefix} (and has no exact route) to {@code handler}, for APIs
     * whose paths carry ids (e.g. Stripe's {@code /v1/payment_intents/pi_.../capture}).
     */
    public SimulatedBankServer onPrefix(String prefix, Handler handler) {
        synchronized (handlers) {
            prefixes.put(prefix, handler);
        }
        return this;
    }

    /** The absolute URI of a path on this server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            Handler handler;
            synchronized (handlers) {
                String path = exchange.getRequestURI().getPath();
                handler = handlers.get(path);
                if (handler == null) {
                    handler = prefixes.entrySet().stream()
                            .filter(e -> path.startsWith(e.getKey()))
                            .max(java.util.Comparator.comparingInt(
                                    e -> e.getKey().length()))
                            .map(Map.Entry::getValue)
                            .orElse(null);
                }
            }
            if (handler == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) ->
                            headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            Request request = new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(),
                    headers,
                    exchange.getRequestBody().readAllBytes());
            Reply reply = handler.handle(request);
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().put("Content-Type", List.of(reply.contentType()));
            }
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().put(name, List.of(value)));
            byte[] body = reply.body() == null ? new byte[0] : reply.body();
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
