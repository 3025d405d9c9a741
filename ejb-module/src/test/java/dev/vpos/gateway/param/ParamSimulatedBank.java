package dev.vpos.gateway.param;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.param.ParamBank;
import dev.vpos.simulator.param.ParamMerchants;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

/**
 * The simulator's Param core behind a real HTTP server, with the servlet's fault behaviour (HTTP 500 page, slow
 * answer, half a body); the 3-D pages' core is called directly, as the payer's browser would post to it.
 */
final class ParamSimulatedBank implements AutoCloseable {

    static final String SERVICE = "/param/turkpos.ws/service_turkpos_test.asmx";
    static final long SLOW_MILLIS = 1500;
    static final String GUID = "0c13d406-873b-403b-9c09-a5766840d98c";

    final Ledger ledger = new Ledger();
    final ParamBank bank = new ParamBank(
            ParamMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());
    static final String HOSTED_SERVICE = "/param/to.ws/Service_Odeme.asmx";
    final SimulatedBankServer server = new SimulatedBankServer()
            .on(SERVICE, this::soap)
            .on(HOSTED_SERVICE, request -> {
                ParamBank.Answer answer = bank.hostedRegister(request.body(), "127.0.0.1");
                return SimulatedBankServer.Reply.of(
                        answer.status(), "text/xml; charset=utf-8", answer.xml().getBytes(StandardCharsets.UTF_8));
            });

    private SimulatedBankServer.Reply soap(SimulatedBankServer.Request request) {
        ParamBank.Answer answer = bank.handle(request.body(), familyBase());
        switch (answer.fault()) {
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
        byte[] xml = answer.xml().getBytes(StandardCharsets.UTF_8);
        return SimulatedBankServer.Reply.of(
                answer.status(),
                "text/xml; charset=utf-8",
                switch (answer.fault()) {
                    case MALFORMED_BODY, CONNECTION_RESET -> Arrays.copyOf(xml, xml.length / 2);
                    default -> xml;
                });
    }

    URI familyBase() {
        return server.uri("/param");
    }

    URI endpoint() {
        return server.uri(SERVICE);
    }

    GatewayAccount account() {
        return account(endpoint(), Duration.ofSeconds(5), "Test", GUID);
    }

    GatewayAccount impatientAccount() {
        return account(endpoint(), Duration.ofMillis(700), "Test", GUID);
    }

    static GatewayAccount account(URI endpoint, Duration readTimeout, String password, String guid) {
        return new GatewayAccount(
                9,
                1,
                GatewayFamily.PARAM,
                endpoint,
                Duration.ofSeconds(1),
                readTimeout,
                Map.of("clientCode", "10738", "clientUsername", "Test", "clientPassword", password, "guid", guid),
                false);
    }

    @Override
    public void close() {
        server.close();
    }
}
