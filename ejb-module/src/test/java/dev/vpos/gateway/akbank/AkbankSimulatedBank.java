package dev.vpos.gateway.akbank;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.simulator.akbank.AkbankBank;
import dev.vpos.simulator.akbank.AkbankMerchants;
import dev.vpos.simulator.ledger.Ledger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/** The simulator's Akbank core behind a real HTTP server; its 3-D gateway core is called directly. */
final class AkbankSimulatedBank implements AutoCloseable {

    static final String API = "/akbank/api/v1/payment/virtualpos";
    static final String MERCHANT = "2023090417500272654BD9A49CF07574";

    final Ledger ledger = new Ledger();
    final AkbankBank bank = new AkbankBank(
            AkbankMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());
    final SimulatedBankServer server = new SimulatedBankServer().on(API + "/transaction/process", this::api);

    /** The servlet's fault behaviour: HTTP 500 (not booked), a slow answer, half a body. */
    private SimulatedBankServer.Reply api(SimulatedBankServer.Request r) {
        AkbankBank.Fault fault = bank.fault(r.body(), r.header("auth-hash"));
        if (fault == AkbankBank.Fault.HTTP_500) {
            return SimulatedBankServer.Reply.of(
                    500, "text/html", "<h1>Internal Server Error</h1>".getBytes(StandardCharsets.UTF_8));
        }
        if (fault == AkbankBank.Fault.SLOW_ANSWER) {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] json = bank.handle(r.body(), r.header("auth-hash")).toString().getBytes(StandardCharsets.UTF_8);
        return SimulatedBankServer.Reply.of(
                200,
                "application/json; charset=utf-8",
                fault == AkbankBank.Fault.NONE || fault == AkbankBank.Fault.SLOW_ANSWER
                        ? json
                        : java.util.Arrays.copyOf(json, json.length / 2));
    }

    GatewayAccount account() {
        return account(AkbankSignatureTest.KEY);
    }

    GatewayAccount account(String secretKey) {
        return account(secretKey, Duration.ofSeconds(5));
    }

    GatewayAccount account(String secretKey, Duration readTimeout) {
        return new GatewayAccount(
                11,
                1,
                GatewayFamily.AKBANK,
                server.uri(API),
                Duration.ofSeconds(1),
                readTimeout,
                Map.of(
                        "merchantSafeId",
                        MERCHANT,
                        "terminalSafeId",
                        "2023090417500284633D137A249DBBEB",
                        "secretKey",
                        secretKey,
                        "gatewayUrl",
                        "https://gateway.example/akbank/gateway"));
    }

    URI gate(String page) {
        return URI.create("https://gateway.example/akbank/gateway/" + page);
    }

    @Override
    public void close() {
        server.close();
    }
}
