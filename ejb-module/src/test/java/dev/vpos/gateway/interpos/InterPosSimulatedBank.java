package dev.vpos.gateway.interpos;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.simulator.http.FormParameters;
import dev.vpos.simulator.interpos.InterPosBank;
import dev.vpos.simulator.interpos.InterPosMerchants;
import dev.vpos.simulator.ledger.Ledger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** The simulator's InterPOS core behind a real HTTP server (the API); its 3-D pages' core is called directly. */
final class InterPosSimulatedBank implements AutoCloseable {

    static final String API = "/interpos/mpi/Default.aspx";
    static final String SHOP = "3123";
    static final String STORE_KEY = "gDg1N";

    final Ledger ledger = new Ledger();
    final InterPosBank bank = new InterPosBank(
            InterPosMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());
    final SimulatedBankServer server = new SimulatedBankServer().on(API, this::api);

    /** The servlet's fault behaviour: HTTP 500 (not booked), a slow answer, half a body. */
    private SimulatedBankServer.Reply api(SimulatedBankServer.Request r) {
        Map<String, String> form = FormParameters.firstValues(r.query(), r.body());
        InterPosBank.Fault fault = bank.fault(form);
        if (fault == InterPosBank.Fault.HTTP_500) {
            return SimulatedBankServer.Reply.of(
                    500, "text/html", "<h1>Internal Server Error</h1>".getBytes(StandardCharsets.UTF_8));
        }
        if (fault == InterPosBank.Fault.SLOW_ANSWER) {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] text = String.join(
                        ";;",
                        bank.handle(form).entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .toList())
                .getBytes(StandardCharsets.UTF_8);
        return SimulatedBankServer.Reply.of(
                200,
                "text/html; charset=utf-8",
                fault == InterPosBank.Fault.NONE || fault == InterPosBank.Fault.SLOW_ANSWER
                        ? text
                        : java.util.Arrays.copyOf(text, text.length / 2));
    }

    GatewayAccount account() {
        return account("3", STORE_KEY, Duration.ofSeconds(5));
    }

    GatewayAccount account(String userPass, String storeKey, Duration readTimeout) {
        Map<String, String> credentials = new HashMap<>();
        credentials.put("shopCode", SHOP);
        credentials.put("userCode", "InterTestApi");
        credentials.put("userPass", userPass);
        if (storeKey != null) {
            credentials.put("storeKey", storeKey);
        }
        return new GatewayAccount(
                21, 1, GatewayFamily.INTERPOS, server.uri(API), Duration.ofSeconds(1), readTimeout, credentials);
    }

    URI page(String name) {
        return server.uri("/interpos/mpi/" + name);
    }

    @Override
    public void close() {
        server.close();
    }
}
