package dev.vpos.gateway.infrastructure.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport against a real HTTP server on this machine: kept conduits, each call its own answer, the deadlines. */
class BankHttpTransportTest {

    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration READ = Duration.ofSeconds(2);

    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private HttpServer server;
    private ExecutorService serverThreads;
    private BankHttpTransport transport;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        serverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(serverThreads);
        server.createContext("/echo", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] answer = ("path=" + exchange.getRequestURI().getPath() + " body="
                            + new String(body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        transport = new BankHttpTransport();
    }

    @AfterEach
    void stop() {
        transport.shutdown();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void callsToOneBankShareOneConduitAndItsConnections() throws Exception {
        for (int i = 0; i < 30; i++) {
            HttpAnswer answer = transport.post(url("/echo/order-" + i), body("sale " + i), "text/plain", CONNECT, READ);
            assertEquals(200, answer.status());
            assertEquals("path=/echo/order-" + i + " body=sale " + i, text(answer));
        }
        assertEquals(1, transport.keptConduits(), "one conduit per bank host and deadline, whatever the path");
        assertTrue(clientPorts.size() < 5, "30 calls reused kept-alive connections, used " + clientPorts.size());
    }

    @Test
    void concurrentCallsOnOneConduitEachGetTheirOwnAnswer() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                answers.add(callers.submit(
                        () -> text(transport.post(url("/echo/" + n), body("call " + n), "text/plain", CONNECT, READ))));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(
                        "path=/echo/" + i + " body=call " + i, answers.get(i).get());
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(1, transport.keptConduits());
    }

    @Test
    void anotherDeadlineGetsItsOwnConduitAndANoAnswerIsUnknown() throws Exception {
        assertEquals(
                200,
                transport
                        .post(url("/echo"), body("x"), "text/plain", CONNECT, READ)
                        .status());
        BankAnswerUnknownException e = assertThrows(
                BankAnswerUnknownException.class,
                () -> transport.post(url("/slow"), body("x"), "text/plain", CONNECT, Duration.ofMillis(300)));
        assertTrue(e.getMessage().contains("deadline of 300 ms"), e.getMessage());
        assertEquals(2, transport.keptConduits());
    }

    @Test
    void aRefusedConnectionIsNotReached() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + closedPort + "/echo");
        assertThrows(
                BankNotReachedException.class, () -> transport.post(nobody, body("x"), "text/plain", CONNECT, READ));
        // the same conduit still works for a bank that answers
        assertEquals(
                200,
                transport
                        .post(url("/echo"), body("y"), "text/plain", CONNECT, READ)
                        .status());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static byte[] body(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(HttpAnswer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
