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
    final SimulatedBankServer server = new SimulatedBankServer()
            .on(
                    API + "/transaction/process",
                    r -> SimulatedBankServer.Reply.of(
                            200,
                            "application/json; charset=utf-8",
                            bank.handle(r.body(), r.header("auth-hash"))
                                    .toString()
                                    .getBytes(StandardCharsets.UTF_8)));

    GatewayAccount account() {
        return account(AkbankSignatureTest.KEY);
    }

    GatewayAccount account(String secretKey) {
        return new GatewayAccount(
                11,
                1,
                GatewayFamily.AKBANK,
                server.uri(API),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
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
