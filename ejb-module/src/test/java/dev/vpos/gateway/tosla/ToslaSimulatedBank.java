package dev.vpos.gateway.tosla;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.tosla.ToslaBank;
import dev.vpos.simulator.tosla.ToslaMerchants;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

/**
 * The simulator's Tosla core behind a real HTTP server, with the API servlet's fault behaviour (HTTP 500 page, slow
 * answer, half a body); the 3-D pages' core is called directly, as the payer's browser would post to it.
 */
final class ToslaSimulatedBank implements AutoCloseable {

    static final String BASE = "/tosla/api/Payment";
    static final long SLOW_MILLIS = 1500;

    final Ledger ledger = new Ledger();
    final ToslaBank bank = new ToslaBank(
            ToslaMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());
    final SimulatedBankServer server = new SimulatedBankServer().onPrefix(BASE + "/", this::api);

    private SimulatedBankServer.Reply api(SimulatedBankServer.Request request) {
        ToslaBank.Decision decision = bank.decide(request.path().substring(BASE.length() + 1), request.body());
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
        byte[] json = bank.answer(decision).toString().getBytes(StandardCharsets.UTF_8);
        return SimulatedBankServer.Reply.of(
                200,
                "application/json; charset=utf-8",
                switch (decision.fault()) {
                    case MALFORMED_BODY, CONNECTION_RESET -> Arrays.copyOf(json, json.length / 2);
                    default -> json;
                });
    }

    URI endpoint() {
        return server.uri(BASE);
    }

    GatewayAccount account() {
        return account(endpoint(), Duration.ofSeconds(5), "POS_ENT_Test_001!*!*");
    }

    /** The account with a read deadline shorter than the simulator's slow answer. */
    GatewayAccount impatientAccount() {
        return account(endpoint(), Duration.ofMillis(700), "POS_ENT_Test_001!*!*");
    }

    static GatewayAccount account(URI endpoint, Duration readTimeout, String apiPass) {
        return new GatewayAccount(
                9,
                1,
                GatewayFamily.TOSLA,
                endpoint,
                Duration.ofSeconds(1),
                readTimeout,
                Map.of("clientId", "1000000494", "apiUser", "POS_ENT_Test_001", "apiPass", apiPass));
    }

    @Override
    public void close() {
        server.close();
    }
}
