package dev.vpos.gateway.payflexcp;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.simulator.http.FormParameters;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.payflexcp.PayFlexCpBank;
import dev.vpos.simulator.payflexcp.PayFlexCpMerchants;
import dev.vpos.simulator.payflexcp.PayFlexCpReply;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * The simulator's Common Payment core behind a real HTTP server (its API and its VPOS services, with the faults the
 * servlet acts out); the payer's pages are called on the core directly, as the browser would post to them.
 */
final class PayFlexCpSimulatedBank implements AutoCloseable {

    static final String MERCHANT = "000100000013506";
    static final String TERMINAL = "VP000579";
    static final String PASSWORD = "CPTEST13506";
    static final long SLOW_MILLIS = 1500;

    final Ledger ledger = new Ledger();
    final PayFlexCpBank bank = new PayFlexCpBank(
            PayFlexCpMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());
    final SimulatedBankServer server = new SimulatedBankServer()
            .on(
                    PayFlexCpBank.API_PATH + "/RegisterTransaction",
                    r -> send(bank.register(FormParameters.firstValues(r.query(), r.body()), pageUrl())))
            .on(
                    PayFlexCpBank.API_PATH + "/VposTransaction",
                    r -> send(bank.inquiry(FormParameters.firstValues(r.query(), r.body()))))
            .on(PayFlexCpBank.VPOS_PATH, r -> send(bank.vpos().vpos(r.body(), r.contentType())))
            .on(PayFlexCpBank.SEARCH_PATH, r -> send(bank.search().search(r.body(), r.contentType())));

    private String pageUrl() {
        return server.uri(PayFlexCpBank.PAGE_PATH).toString();
    }

    private static SimulatedBankServer.Reply send(PayFlexCpReply reply) {
        switch (reply.fault()) {
            case HTTP_500 -> {
                return SimulatedBankServer.Reply.of(
                        500,
                        "text/html",
                        "<html><body><h1>Internal Server Error</h1></body></html>".getBytes(StandardCharsets.UTF_8));
            }
            case SLOW -> {
                try {
                    Thread.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> {}
        }
        return SimulatedBankServer.Reply.of(reply.status(), reply.contentType(), reply.wireBody());
    }

    URI endpoint() {
        return server.uri(PayFlexCpBank.API_PATH);
    }

    GatewayAccount account() {
        return account(PASSWORD, Duration.ofSeconds(5));
    }

    GatewayAccount account(String password, Duration readTimeout) {
        return new GatewayAccount(
                11,
                1,
                GatewayFamily.PAYFLEX_CP,
                endpoint(),
                Duration.ofSeconds(1),
                readTimeout,
                Map.of("merchantId", MERCHANT, "terminalId", TERMINAL, "password", password));
    }

    @Override
    public void close() {
        server.close();
    }
}
