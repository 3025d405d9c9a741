package dev.vpos.gateway.vakifkatilim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.vakifkatilim.VakifKatilimBank;
import dev.vpos.simulator.vakifkatilim.VakifKatilimMerchants;
import dev.vpos.simulator.vakifkatilim.VakifKatilimReply;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The simulator's Vakıf Katılım core behind a real HTTP server, with the servlet's slow answer; the payer's browser is
 * an HTTP client posting the pages' forms. Merchant 1 / APIUSER / 11111 with password {@value #PASSWORD}.
 */
final class VakifKatilimSimulatedBank implements AutoCloseable {

    static final String PASSWORD = "kdsnsksl";
    static final String APPROVING = "4355084355084358";
    static final String BASE = "/vakifkatilim";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Ledger ledger = new Ledger();
    final VakifKatilimBank bank = new VakifKatilimBank(
            VakifKatilimMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new Random(7));
    final SimulatedBankServer server = new SimulatedBankServer();
    private final HttpClient browser = HttpClient.newHttpClient();

    VakifKatilimSimulatedBank() {
        for (String path : List.of(
                VakifKatilimBank.NON_3D,
                VakifKatilimBank.PRE_AUTH,
                VakifKatilimBank.ENROLLMENT,
                VakifKatilimBank.PROVISION,
                VakifKatilimBank.CAPTURE,
                VakifKatilimBank.SALE_REVERSAL,
                VakifKatilimBank.PRE_AUTH_REVERSAL,
                VakifKatilimBank.DRAWBACK,
                VakifKatilimBank.PARTIAL_DRAWBACK,
                VakifKatilimBank.PRE_AUTH_DRAWBACK,
                VakifKatilimBank.STATUS,
                VakifKatilimBank.HISTORY,
                VakifKatilimBank.HOST_PAGE,
                VakifKatilimBank.HOST_CARD,
                VakifKatilimBank.ACS,
                VakifKatilimBank.ACS_VERIFY)) {
            server.on(BASE + path, request -> {
                VakifKatilimReply reply = bank.handle(path, request.body(), request.contentType(), server.uri(BASE));
                if (reply.slow()) {
                    sleep(2500);
                }
                return SimulatedBankServer.Reply.of(reply.status(), reply.contentType(), reply.body());
            });
        }
    }

    URI endpoint() {
        return server.uri(BASE + "/VirtualPOS.Gateway/Home");
    }

    GatewayAccount account() {
        return account(PASSWORD, Duration.ofSeconds(5));
    }

    GatewayAccount account(String password, Duration readTimeout) {
        return account(endpoint(), password, readTimeout);
    }

    static GatewayAccount account(URI endpoint, String password, Duration readTimeout) {
        return new GatewayAccount(
                7,
                1,
                GatewayFamily.VAKIF_KATILIM,
                endpoint,
                Duration.ofSeconds(2),
                readTimeout,
                Map.of("merchantId", "1", "customerId", "11111", "userName", "APIUSER", "password", password));
    }

    static String orderId() {
        return String.format("VP260101%012d", SEQUENCE.incrementAndGet() + System.nanoTime() % 1_000_000_000L * 1000);
    }

    static SaleInstruction sale(String order, String amount, String card) {
        return new SaleInstruction(
                order,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(card),
                CardExpiry.parse("12/30"),
                "000",
                "10.0.0.1",
                "payer@example.com");
    }

    /** The first form of a page: where it posts and its fields. */
    static VakifKatilimEnrollmentPage form(String html) {
        return VakifKatilimEnrollmentPage.read(html.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
    }

    /** What the payer's browser does with a form: posts it, answers the page. */
    String post(String url, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
