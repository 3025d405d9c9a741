package dev.vpos.gateway.posnetv1;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.posnetv1.PosNetV1Bank;
import dev.vpos.simulator.posnetv1.PosNetV1Merchants;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/** The simulator's PosNet V1 core behind a real HTTP server (the API); its 3-D page's core is called directly. */
final class PosNetV1SimulatedBank implements AutoCloseable {

    static final String API = "/posnetv1/ALBMerchantService/MerchantJSONAPI.svc";
    static final String MERCHANT = "6700950031";
    static final URI GATE =
            URI.create("https://gateway.example/posnetv1/ALBSecurePaymentUI/SecureProcess/SecureVerification.aspx");

    final Ledger ledger = new Ledger();
    final PosNetV1Bank bank = new PosNetV1Bank(
            PosNetV1Merchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());
    final SimulatedBankServer server = new SimulatedBankServer().onPrefix(API + "/", this::api);

    /** The servlet's fault behaviour: HTTP 500 (not booked), a slow answer, half a body. */
    private SimulatedBankServer.Reply api(SimulatedBankServer.Request r) {
        String type = r.path().substring(r.path().lastIndexOf('/') + 1);
        PosNetV1Bank.Fault fault = bank.fault(type, r.body());
        if (fault == PosNetV1Bank.Fault.HTTP_500) {
            return SimulatedBankServer.Reply.of(
                    500, "text/html", "<h1>Internal Server Error</h1>".getBytes(StandardCharsets.UTF_8));
        }
        if (fault == PosNetV1Bank.Fault.SLOW_ANSWER) {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] json = bank.handle(type, r.body()).toString().getBytes(StandardCharsets.UTF_8);
        return SimulatedBankServer.Reply.of(
                200,
                "application/json; charset=utf-8",
                fault == PosNetV1Bank.Fault.NONE || fault == PosNetV1Bank.Fault.SLOW_ANSWER
                        ? json
                        : java.util.Arrays.copyOf(json, json.length / 2));
    }

    GatewayAccount account() {
        return account(PosNetV1MacTest.KEY, Duration.ofSeconds(5));
    }

    GatewayAccount account(String storeKey, Duration readTimeout) {
        return new GatewayAccount(
                31,
                1,
                GatewayFamily.POSNET_V1,
                server.uri(API),
                Duration.ofSeconds(1),
                readTimeout,
                Map.of(
                        "merchantNo",
                        MERCHANT,
                        "terminalNo",
                        "67540050",
                        "posnetId",
                        "1010028724242434",
                        "storeKey",
                        storeKey,
                        "gatewayUrl",
                        GATE.toString()));
    }

    @Override
    public void close() {
        server.close();
    }
}
