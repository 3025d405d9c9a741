package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.payfor.PayForBank;
import dev.vpos.simulator.payfor.PayForMerchants;
import dev.vpos.simulator.payfor.PayForResponseWriter;
import dev.vpos.simulator.payfor.PayForThreeDsSessions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

/**
 * The simulator's PayFor core behind a real HTTP server, with the API servlet's fault behaviour (HTTP 500 page, slow
 * answer, half a body); the 3-D gate core is called directly, as the payer's browser would post to it.
 */
final class PayForSimulatedBank implements AutoCloseable {

    static final String API_PATH = "/payfor/Gateway/XMLGate.aspx";
    static final long SLOW_MILLIS = 1500;

    final Ledger ledger = new Ledger();
    final PayForBank bank = new PayForBank(
            PayForMerchants.fromClasspath(),
            ledger,
            new PayForThreeDsSessions(),
            Clock.system(ZoneId.of("Europe/Istanbul")),
            new SecureRandom());
    final SimulatedBankServer server = new SimulatedBankServer().on(API_PATH, this::api);

    private SimulatedBankServer.Reply api(SimulatedBankServer.Request request) {
        PayForBank.Decision decision = bank.decide(request.body(), request.contentType());
        switch (decision.fault()) {
            case HTTP_500 -> {
                return SimulatedBankServer.Reply.of(
                        500,
                        "text/html",
                        "<html><body><h1>Internal Server Error</h1></body></html>".getBytes(StandardCharsets.UTF_8));
            }
            case SLOW_ANSWER -> {
                try {
                    Thread.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> {}
        }
        byte[] xml = PayForResponseWriter.write(bank.answer(decision));
        return SimulatedBankServer.Reply.of(
                200,
                PayForResponseWriter.CONTENT_TYPE,
                switch (decision.fault()) {
                    case MALFORMED_BODY, CONNECTION_RESET -> Arrays.copyOf(xml, xml.length / 2);
                    default -> xml;
                });
    }

    URI endpoint() {
        return server.uri(API_PATH);
    }

    GatewayAccount account() {
        return account(endpoint(), Duration.ofMillis(700));
    }

    static GatewayAccount account(URI endpoint, Duration readTimeout) {
        return new GatewayAccount(
                7,
                1,
                GatewayFamily.PAYFOR,
                endpoint,
                Duration.ofSeconds(1),
                readTimeout,
                Map.of(
                        "mbrId",
                        "5",
                        "merchantId",
                        "085300000009704",
                        "userCode",
                        "QNB_API_KULLANICI_3DPAY",
                        "userPassword",
                        "UcBN0",
                        "storeKey",
                        "12345678"));
    }

    @Override
    public void close() {
        server.close();
    }
}
