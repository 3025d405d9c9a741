package dev.vpos.gateway.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.testing.SimulatedBankServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one classification of a bank call every adapter relies on: no connection is the only thing that is "not sent";
 * a deadline passed, an HTTP error or a body that is not an answer leave the outcome unknown; the log sees the masked
 * request and the masked, capped answer.
 */
class BankChannelTest {

    private static final AnswerFormat<String> ANSWER = AnswerFormat.onHttpOk(StandardCharsets.UTF_8, body -> {
                String text = new String(body, StandardCharsets.UTF_8);
                return text.startsWith("<answer>") ? Optional.of(text) : Optional.empty();
            })
            .masked(text -> text.replace("secret-token", "***"));

    private final SimulatedBankServer bank = new SimulatedBankServer();
    private final BankChannel channel = new BankChannel(new BankHttpTransport());

    @AfterEach
    void stop() {
        bank.close();
    }

    @Test
    void aReadableAnswerIsAnsweredWithBothSidesMaskedForTheLog() {
        bank.on(
                "/api",
                r -> SimulatedBankServer.Reply.of(
                        200, "text/xml", "<answer>ok secret-token</answer>".getBytes(StandardCharsets.UTF_8)));

        BankReply<String> reply = channel.send(request("/api"), account(2000), ANSWER);

        assertTrue(reply.answered() && reply.reached());
        assertEquals("<answer>ok secret-token</answer>", reply.get());
        assertEquals("<answer>ok ***</answer>", reply.exchange().maskedResponse());
        assertEquals("masked request", reply.exchange().maskedRequest());
        assertEquals(200, reply.exchange().httpStatus());
        assertNull(reply.exchange().failure());
    }

    @Test
    void noConnectionIsTheOnlyThingThatIsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        GatewayAccount nowhere = new GatewayAccount(
                1,
                1,
                GatewayFamily.EST,
                URI.create("http://127.0.0.1:" + closedPort + "/api"),
                Duration.ofMillis(500),
                Duration.ofMillis(500),
                Map.of());

        BankReply<String> reply = channel.send(
                BankRequest.post(nowhere.endpoint(), new byte[0], "text/xml", "masked request"), nowhere, ANSWER);

        assertFalse(reply.reached());
        assertEquals(GatewayOutcome.NOT_SENT, reply.failed().outcome());
        assertEquals(GatewayOutcome.UNKNOWN, reply.unknown().outcome(), "an inquiry not sent settles nothing");
        assertEquals("masked request", reply.exchange().maskedRequest());
    }

    @Test
    void silenceBeyondTheDeadlineIsUnknown() {
        bank.on("/api", r -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SimulatedBankServer.Reply.of(200, "text/xml", "<answer/>".getBytes(StandardCharsets.UTF_8));
        });

        BankReply<String> reply = channel.send(request("/api"), account(300), ANSWER);

        assertTrue(reply.reached());
        assertFalse(reply.answered());
        assertEquals(GatewayOutcome.UNKNOWN, reply.failed().outcome());
        assertTrue(
                reply.exchange().failure().contains("deadline"),
                reply.exchange().failure());
    }

    @Test
    void anHttpErrorOrABodyThatIsNoAnswerIsUnknownWithItsBodyLogged() {
        bank.on("/down", r -> SimulatedBankServer.Reply.of(503, "text/html", "<html>down</html>".getBytes()));
        bank.on("/garbage", r -> SimulatedBankServer.Reply.of(200, "text/html", "<html>hi</html>".getBytes()));

        BankReply<String> down = channel.send(request("/down"), account(2000), ANSWER);
        BankReply<String> garbage = channel.send(request("/garbage"), account(2000), ANSWER.from("myPOS"));

        assertEquals(GatewayOutcome.UNKNOWN, down.failed().outcome());
        assertEquals(503, down.httpStatus());
        assertEquals("<html>down</html>", down.exchange().maskedResponse());
        assertEquals("the bank answered HTTP 503", down.exchange().failure());
        assertEquals(GatewayOutcome.UNKNOWN, garbage.failed().outcome());
        assertEquals("unreadable answer from myPOS", garbage.exchange().failure());
    }

    @Test
    void theLogKeepsAtMostTheCapOfAnAnswer() {
        String big = "<answer>" + "x".repeat(10_000) + "</answer>";
        bank.on("/api", r -> SimulatedBankServer.Reply.of(200, "text/xml", big.getBytes(StandardCharsets.UTF_8)));

        BankReply<String> reply = channel.send(request("/api"), account(2000), ANSWER);

        assertEquals(big, reply.get(), "the adapter reads the whole answer");
        assertEquals(LogText.MAX + 1, reply.exchange().maskedResponse().length());
        assertTrue(reply.exchange().maskedResponse().endsWith("…"));
    }

    @Test
    void aRestAnswerIsReadWhateverItsStatusAndHeadersAreSentButNotLogged() {
        bank.on(
                "/v1/things",
                r -> SimulatedBankServer.Reply.of(
                        402,
                        "application/json",
                        ("{\"auth\":\"" + r.header("Authorization") + "\"}").getBytes(StandardCharsets.UTF_8)));

        BankReply<?> reply = channel.send(
                BankRequest.get(bank.uri("/v1/things"), "GET /v1/things").withHeaders(Map.of("Authorization", "k")),
                account(2000),
                AnswerFormat.anyStatus(StandardCharsets.UTF_8));

        assertTrue(reply.answered());
        assertEquals(402, reply.httpStatus());
        assertEquals("GET /v1/things", reply.exchange().maskedRequest());
    }

    private BankRequest request(String path) {
        return BankRequest.post(
                bank.uri(path), "<request/>".getBytes(StandardCharsets.UTF_8), "text/xml", "masked request");
    }

    private GatewayAccount account(long readTimeoutMs) {
        return new GatewayAccount(
                1,
                1,
                GatewayFamily.EST,
                bank.uri("/"),
                Duration.ofMillis(1000),
                Duration.ofMillis(readTimeoutMs),
                Map.of());
    }
}
