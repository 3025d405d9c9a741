package dev.vpos.gateway.garanti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.gateway.testing.SimulatedBankServer.Reply;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.garanti.GarantiAnswer;
import dev.vpos.simulator.garanti.GarantiBank;
import dev.vpos.simulator.garanti.GarantiGate;
import dev.vpos.simulator.garanti.GarantiGate.GatePage;
import dev.vpos.simulator.garanti.GarantiMerchants;
import dev.vpos.simulator.garanti.GarantiVerdict.Fault;
import dev.vpos.simulator.garanti.GvpsResponseWriter;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Garanti adapter through the real CXF transport against the simulated Garanti bank (its plain-Java core behind
 * a real HTTP server): every operation, the transport failures, and the three 3-D models end to end with the gate.
 */
class GarantiGatewayContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");

    private static final String API = "/garanti/VPServlet";
    private static final String GATE = "http://bank.test/garanti/servlet/gt3dengine";
    private static final URI OK_URL = URI.create("https://shop.test/3d/ok");
    private static final URI FAIL_URL = URI.create("https://shop.test/3d/fail");
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final Ledger ledger = new Ledger();
    private final GarantiMerchants merchants = GarantiMerchants.fromClasspath();
    private final GarantiBank bank =
            new GarantiBank(merchants, ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());
    private final GarantiGate gate = new GarantiGate(merchants, bank, new SecureRandom());
    private final SimulatedBankServer server = new SimulatedBankServer().on(API, this::api);
    private final GarantiGateway gateway = new GarantiGateway(new BankHttpTransport());

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply api(SimulatedBankServer.Request request) throws IOException {
        GarantiBank.Decision decision = bank.decide(request.body(), request.contentType());
        Fault fault = decision.verdict().fault();
        if (fault == Fault.HTTP_500) {
            return Reply.of(
                    500,
                    "text/html",
                    "<html><body>Internal Server Error</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        if (fault == Fault.SLOW_ANSWER) {
            sleep(1500);
        }
        GarantiAnswer answer = bank.answer(decision);
        byte[] xml = GvpsResponseWriter.write(answer);
        if (fault == Fault.MALFORMED) {
            return Reply.of(200, GvpsResponseWriter.CONTENT_TYPE, java.util.Arrays.copyOf(xml, xml.length / 2));
        }
        if (fault == Fault.CONNECTION_RESET) {
            throw new IOException("connection dropped mid-answer");
        }
        return Reply.of(200, GvpsResponseWriter.CONTENT_TYPE, xml);
    }

    private GatewayAccount account() {
        return account(server.uri(API), "DemoProv#2026", Duration.ofSeconds(5));
    }

    private static GatewayAccount account(URI endpoint, String provisionPassword, Duration readTimeout) {
        Map<String, String> c = new HashMap<>();
        c.put("terminalId", "10012345");
        c.put("merchantId", "9001234");
        c.put("provisionUser", "PROVAUT");
        c.put("provisionPassword", provisionPassword);
        c.put("refundUser", "PROVRFN");
        c.put("refundPassword", "DemoRfn#2026");
        c.put("storeKey", "DEMO3DKEY2026");
        c.put("gate3dUrl", GATE);
        return new GatewayAccount(1, 1, GatewayFamily.GARANTI, endpoint, Duration.ofSeconds(2), readTimeout, c);
    }

    private static String orderId() {
        return String.format("VP261123%012d", SEQUENCE.incrementAndGet());
    }

    private static SaleInstruction sale(String orderId, String amount, String pan) {
        return new SaleInstruction(
                orderId,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "123",
                "10.1.2.3",
                "payer@example.com");
    }

    private static FollowUp followUp(GatewayResult original, String orderId, String amount, String originalAmount) {
        return new FollowUp(
                orderId, orderId(), Money.of(amount, "TRY"), Money.of(originalAmount, "TRY"), 1, original.references());
    }

    // ---------------------------------------------------------------- non-3D

    @Test
    void anApprovedSaleCarriesTheBanksCodesAndLogsNothingSecret() {
        String order = orderId();
        GatewayResult r = gateway.sale(sale(order, "100.25", "4355084355084358"), account());
        assertEquals(GatewayOutcome.APPROVED, r.outcome());
        assertEquals("00", r.bankCode());
        LedgerEntry booked = ledger.entriesOf("GARANTI", "10012345", order).get(0);
        assertEquals(booked.authCode(), r.authCode());
        assertEquals(booked.hostRefNum(), r.hostRefNum());
        assertEquals(booked.hostRefNum(), r.references().get("retrefNum"));
        assertEquals(new java.math.BigDecimal("100.25"), booked.amount());
        String logged = r.exchange().maskedRequest() + r.exchange().maskedResponse();
        assertTrue(logged.contains("435508******4358"), logged);
        assertFalse(
                logged.contains("4355084355084358") || logged.contains("DemoProv") || logged.contains("<CVV2>123<"),
                logged);
        assertTrue(r.exchange().maskedRequest().contains("<HashData>***</HashData>"));
    }

    @Test
    void declinesComeBackWithTheHostCode() {
        assertDeclined("51", gateway.sale(sale(orderId(), "10.00", "4546711234567894"), account()));
        assertDeclined("05", gateway.sale(sale(orderId(), "10.00", "4000000000000002"), account()));
        assertDeclined("41", gateway.sale(sale(orderId(), "10.00", "4000000000000044"), account()));
        assertDeclined("54", gateway.sale(sale(orderId(), "10.54", "5401341234567891"), account()));
    }

    @Test
    void aWrongPasswordIsADeclineWithTheGatewaysSecurityCode() {
        GatewayResult r = gateway.sale(
                sale(orderId(), "10.00", "4355084355084358"), account(server.uri(API), "wrong", Duration.ofSeconds(5)));
        assertDeclined("92-0651", r);
        assertFalse(gateway.testConnection(account(server.uri(API), "wrong", Duration.ofSeconds(5)))
                .credentialsAccepted());
        ConnectionCheck ok = gateway.testConnection(account());
        assertTrue(ok.reachable() && ok.credentialsAccepted(), ok.detail());
    }

    @Test
    void preAuthThenPartialCaptureThenRefundsAfterDayEnd() {
        String order = orderId();
        GatewayResult pre = gateway.preAuthorize(sale(order, "200.00", "4355084355084358"), account());
        assertEquals(GatewayOutcome.APPROVED, pre.outcome());
        GatewayResult capture = gateway.capture(followUp(pre, order, "150.00", "200.00"), account());
        assertEquals(GatewayOutcome.APPROVED, capture.outcome(), capture.bankMessage());
        assertDeclined("92-0208", gateway.refund(followUp(pre, order, "50.00", "150.00"), account()));
        ledger.closeBatch("GARANTI");
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(pre, order, "50.00", "150.00"), account())
                        .outcome());
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(pre, order, "100.00", "150.00"), account())
                        .outcome());
        assertDeclined("92-0208", gateway.refund(followUp(pre, order, "0.01", "150.00"), account()));
        OrderHistory history = gateway.history(HistoryInquiry.of(order, TRY), account());
        assertTrue(history.answered());
        assertEquals(
                List.of(HistoryKind.PRE_AUTH, HistoryKind.CAPTURE, HistoryKind.REFUND, HistoryKind.REFUND),
                history.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(Money.of("150.00", "TRY"), history.lines().get(1).amount());
        assertNotNull(history.lines().get(0).at());
    }

    @Test
    void aSaleIsVoidedTheSameDayAndRefundedOnlyAfterDayEnd() {
        String voided = orderId();
        GatewayResult sale = gateway.sale(sale(voided, "30.00", "4355084355084358"), account());
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.voidTransaction(followUp(sale, voided, "30.00", "30.00"), account())
                        .outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN, gateway.status(voided, account()).outcome(), "a voided order needs a person");

        String settled = orderId();
        GatewayResult other = gateway.sale(sale(settled, "40.00", "4355084355084358"), account());
        assertDeclined("92-0208", gateway.refund(followUp(other, settled, "40.00", "40.00"), account()));
        ledger.closeBatch("GARANTI");
        assertDeclined("92-0113", gateway.voidTransaction(followUp(other, settled, "40.00", "40.00"), account()));
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(other, settled, "40.00", "40.00"), account())
                        .outcome());
    }

    @Test
    void theHistoryShowsASaleItsPartialRefundAndAVoidWithTheirKindsAndAmounts() {
        String refunded = orderId();
        GatewayResult sale = gateway.sale(sale(refunded, "100.00", "4355084355084358"), account());
        ledger.closeBatch("GARANTI");
        gateway.refund(followUp(sale, refunded, "40.00", "100.00"), account());
        OrderHistory h = gateway.history(HistoryInquiry.of(refunded, TRY), account());
        assertTrue(h.answered(), String.valueOf(h.exchange()));
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.REFUND),
                h.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(Money.of("100.00", "TRY"), h.lines().get(0).amount());
        assertEquals(Money.of("40.00", "TRY"), h.lines().get(1).amount());
        assertTrue(
                h.lines().stream().allMatch(OrderHistory.Line::approved),
                h.lines().toString());

        String voided = orderId();
        GatewayResult other = gateway.sale(sale(voided, "30.00", "4355084355084358"), account());
        gateway.voidTransaction(followUp(other, voided, "30.00", "30.00"), account());
        h = gateway.history(HistoryInquiry.of(voided, TRY), account());
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.VOID),
                h.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(Money.of("30.00", "TRY"), h.lines().get(1).amount());
        assertTrue(h.lines().get(1).approved());
    }

    @Test
    void aVoidWithoutRefundCredentialsIsNotSent() {
        Map<String, String> c = new HashMap<>(account().credentials());
        c.remove("refundUser");
        c.remove("refundPassword");
        GatewayAccount noRefund = new GatewayAccount(
                1, 1, GatewayFamily.GARANTI, server.uri(API), Duration.ofSeconds(2), Duration.ofSeconds(5), c);
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "30.00", "4355084355084358"), noRefund);
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.voidTransaction(followUp(sale, order, "30.00", "30.00"), noRefund)
                        .outcome());
    }

    @Test
    void statusOfApprovedDeclinedAndUnknownOrders() {
        String approved = orderId();
        gateway.sale(sale(approved, "12.00", "4355084355084358"), account());
        GatewayResult a = gateway.status(approved, account());
        assertEquals(GatewayOutcome.APPROVED, a.outcome());
        assertEquals(ledger.entriesOf("GARANTI", "10012345", approved).get(0).hostRefNum(), a.hostRefNum());
        String declined = orderId();
        gateway.sale(sale(declined, "12.00", "4546711234567894"), account());
        assertDeclined("51", gateway.status(declined, account()));
        assertEquals(
                GatewayOutcome.NOT_SENT, gateway.status(orderId(), account()).outcome());
        OrderHistory none = gateway.history(HistoryInquiry.of(orderId(), TRY), account());
        assertTrue(none.answered() && none.lines().isEmpty());
    }

    @Test
    void transportFailuresAreUnknownOrNotSent() {
        GatewayAccount impatient = account(server.uri(API), "DemoProv#2026", Duration.ofMillis(400));
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "7777.77", "4355084355084358"), impatient)
                        .outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "8888.88", "4355084355084358"), account())
                        .outcome());
        GatewayResult http500 = gateway.sale(sale(orderId(), "9999.99", "4355084355084358"), account());
        assertEquals(GatewayOutcome.UNKNOWN, http500.outcome());
        assertEquals(500, http500.exchange().httpStatus());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "6666.66", "4355084355084358"), account())
                        .outcome());
        GatewayResult closed = gateway.sale(
                sale(orderId(), "10.00", "4355084355084358"),
                account(closedPort(), "DemoProv#2026", Duration.ofSeconds(2)));
        assertEquals(GatewayOutcome.NOT_SENT, closed.outcome());
    }

    @Test
    void anAnswerForAnotherOrderIsUnknown() {
        String order = orderId();
        SimulatedBankServer liar = new SimulatedBankServer().on(API, request -> {
            String xml = new String(
                            GvpsResponseWriter.write(bank.answer(bank.decide(request.body(), request.contentType()))),
                            StandardCharsets.UTF_8)
                    .replace(order, "VPSOMEONEELSE0000000");
            return Reply.of(200, GvpsResponseWriter.CONTENT_TYPE, xml.getBytes(StandardCharsets.UTF_8));
        });
        try (liar) {
            GatewayResult r = gateway.sale(
                    sale(order, "10.00", "4355084355084358"),
                    account(liar.uri(API), "DemoProv#2026", Duration.ofSeconds(5)));
            assertEquals(GatewayOutcome.UNKNOWN, r.outcome());
        }
    }

    // ---------------------------------------------------------------- 3-D Secure

    private ThreeDsStart start(PaymentModel model, String order, String amount, String pan) {
        ThreeDsSale sale = pan == null
                ? ThreeDsSale.withoutCard(order, Money.of(amount, "TRY"), 1, "10.1.2.3", "payer@example.com")
                : new ThreeDsSale(
                        order,
                        Money.of(amount, "TRY"),
                        1,
                        CardNumber.parse(pan),
                        CardExpiry.parse("12/30"),
                        "123",
                        "A PAYER",
                        "10.1.2.3",
                        "payer@example.com");
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(sale, model, AuthorizationKind.SALE, OK_URL, FAIL_URL, "tr"), account());
        assertFalse(start.isFailure());
        assertEquals(GATE, start.action().toString());
        String logged = start.exchange().maskedRequest();
        assertFalse(pan != null && logged.contains(pan), logged);
        assertFalse(
                logged.contains("cardcvv2=123")
                        || logged.contains(start.fields().get("secure3dhash")),
                logged);
        return start;
    }

    private GatePage authenticate(ThreeDsStart start, String otp) {
        GatePage page = gate.begin(start.fields(), GATE);
        if (page.kind() == GarantiGate.Kind.CARD_PAGE) {
            page = gate.card(
                    Map.of(
                            "token",
                            page.fields().get("token"),
                            "cardnumber",
                            "4355084355084358",
                            "cardexpiredatemonth",
                            "12",
                            "cardexpiredateyear",
                            "30",
                            "cardcvv2",
                            "123"),
                    GATE);
        }
        if (page.kind() == GarantiGate.Kind.ACS_PAGE) {
            page = gate.acs(Map.of("token", page.fields().get("token"), "otp", otp, "action", "submit"), GATE);
        }
        assertEquals(GarantiGate.Kind.CALLBACK, page.kind());
        return page;
    }

    private ThreeDsFinish finish(Map<String, String> posted, String order, String amount, PaymentModel model) {
        return gateway.finishThreeDs(
                new ThreeDsCallback(
                        posted,
                        ThreeDsSale.withoutCard(order, Money.of(amount, "TRY"), 1, "10.1.2.3", "payer@example.com"),
                        model,
                        AuthorizationKind.SALE),
                account());
    }

    @Test
    void threeDAuthenticatesAtTheGateAndTheAdapterProvisions() {
        String order = orderId();
        GatePage callback = authenticate(start(PaymentModel.THREE_D, order, "250.00", "4355084355084358"), "123456");
        assertEquals(OK_URL.toString(), callback.action());
        ThreeDsFinish done = finish(callback.fields(), order, "250.00", PaymentModel.THREE_D);
        assertTrue(done.authentic(), done.rejection());
        assertEquals(
                GatewayOutcome.APPROVED, done.result().outcome(), done.result().bankMessage());
        assertEquals(
                ledger.entriesOf("GARANTI", "10012345", order).get(0).hostRefNum(),
                done.result().hostRefNum());
        assertFalse(done.result()
                .exchange()
                .maskedRequest()
                .contains(callback.fields().get("cavv")));
        assertFalse(
                done.callbackLog().maskedResponse().contains(callback.fields().get("md")));
    }

    @Test
    void aWrongOtpIsAThreeDFailureWithoutAProvision() {
        String order = orderId();
        GatePage callback = authenticate(start(PaymentModel.THREE_D, order, "250.00", "4355084355084358"), "111111");
        ThreeDsFinish done = finish(callback.fields(), order, "250.00", PaymentModel.THREE_D);
        assertTrue(done.authentic(), done.rejection());
        assertDeclined("MD:0", done.result());
        assertTrue(ledger.entriesOf("GARANTI", "10012345", order).isEmpty());
    }

    @Test
    void aNotEnrolledCardIsHalfSecureAndStillProvisioned() {
        String order = orderId();
        GatePage callback = authenticate(start(PaymentModel.THREE_D, order, "20.00", "4000000000000069"), "-");
        assertEquals("2", callback.fields().get("mdstatus"));
        assertEquals(
                GatewayOutcome.APPROVED,
                finish(callback.fields(), order, "20.00", PaymentModel.THREE_D)
                        .result()
                        .outcome());
    }

    @Test
    void threeDPayReadsTheProvisionFromTheCallback() {
        String order = orderId();
        GatePage approved = authenticate(start(PaymentModel.THREE_D_PAY, order, "75.00", "5401341234567891"), "123456");
        ThreeDsFinish done = finish(approved.fields(), order, "75.00", PaymentModel.THREE_D_PAY);
        assertEquals(GatewayOutcome.APPROVED, done.result().outcome());
        LedgerEntry booked = ledger.entriesOf("GARANTI", "10012345", order).get(0);
        assertEquals(booked.authCode(), done.result().authCode());
        assertEquals(booked.hostRefNum(), done.result().references().get("retrefNum"));

        String declinedOrder = orderId();
        GatePage declined =
                authenticate(start(PaymentModel.THREE_D_PAY, declinedOrder, "75.00", "4546711234567894"), "123456");
        assertDeclined(
                "51",
                finish(declined.fields(), declinedOrder, "75.00", PaymentModel.THREE_D_PAY)
                        .result());
        String failedOrder = orderId();
        GatePage failed =
                authenticate(start(PaymentModel.THREE_D_PAY, failedOrder, "75.00", "4355084355084358"), "000");
        assertDeclined(
                "MD:0",
                finish(failed.fields(), failedOrder, "75.00", PaymentModel.THREE_D_PAY)
                        .result());
    }

    @Test
    void threeDHostTakesTheCardOnTheBanksPage() {
        String order = orderId();
        ThreeDsStart start = start(PaymentModel.THREE_D_HOST, order, "64.00", null);
        assertEquals("3D_OOS_PAY", start.fields().get("secure3dsecuritylevel"));
        assertFalse(start.fields().containsKey("cardnumber"));
        ThreeDsFinish done = finish(authenticate(start, "123456").fields(), order, "64.00", PaymentModel.THREE_D_HOST);
        assertEquals(GatewayOutcome.APPROVED, done.result().outcome());
    }

    @Test
    void tamperedCallbacksAreRejected() {
        String order = orderId();
        Map<String, String> genuine = authenticate(
                        start(PaymentModel.THREE_D_PAY, order, "80.00", "4355084355084358"), "123456")
                .fields();

        Map<String, String> cheaper = new HashMap<>(genuine);
        cheaper.put("txnamount", "100");
        assertFalse(finish(cheaper, order, "80.00", PaymentModel.THREE_D_PAY).authentic());
        assertFalse(finish(genuine, order, "1.00", PaymentModel.THREE_D_PAY).authentic(), "expected amount differs");

        Map<String, String> forged = new HashMap<>(genuine);
        forged.put("procreturncode", "00");
        forged.put("mdstatus", "1");
        forged.put("hash", genuine.get("hash").substring(1) + "A");
        assertFalse(finish(forged, order, "80.00", PaymentModel.THREE_D_PAY).authentic());

        Map<String, String> otherResult = new HashMap<>(genuine);
        otherResult.put("authcode", "999999");
        assertFalse(
                finish(otherResult, order, "80.00", PaymentModel.THREE_D_PAY).authentic());

        assertFalse(
                finish(genuine, orderId(), "80.00", PaymentModel.THREE_D_PAY).authentic(), "another order");
        assertFalse(finish(genuine, order, "80.00", PaymentModel.THREE_D).authentic(), "another security level");
        assertTrue(finish(genuine, order, "80.00", PaymentModel.THREE_D_PAY).authentic());
    }

    @Test
    void aFormTheBankRefusedComesBackSignedButNotOursSoItIsRejected() {
        String order = orderId();
        ThreeDsStart start = start(PaymentModel.THREE_D_PAY, order, "80.00", "4355084355084358");
        Map<String, String> tampered = new HashMap<>(start.fields());
        tampered.put("txnamount", "100");
        GatePage refused = gate.begin(tampered, GATE);
        assertEquals("Error", refused.fields().get("response"));
        assertFalse(finish(refused.fields(), order, "80.00", PaymentModel.THREE_D_PAY)
                .authentic());
    }

    private static void assertDeclined(String code, GatewayResult r) {
        assertEquals(
                GatewayOutcome.DECLINED,
                r.outcome(),
                () -> r.bankCode() + " " + r.bankMessage() + " " + r.exchange().failure());
        assertEquals(code, r.bankCode(), r.bankMessage());
    }

    private static URI closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + API);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSaleDeliveredTwiceIsUnknownTheSecondTimeNeverDeclined() {
        // a network or proxy that resends our request: the bank refuses the order id it has just approved
        String order = orderId();
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.sale(sale(order, "42.10", "4355084355084358"), account())
                        .outcome());
        GatewayResult second = gateway.sale(sale(order, "42.10", "4355084355084358"), account());
        assertEquals(GatewayOutcome.UNKNOWN, second.outcome(), second.bankMessage());
        assertTrue(
                second.exchange().failure().contains("0104"), second.exchange().failure());
    }
}
