package dev.vpos.gateway.posnet;

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
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.posnet.PosNetBank;
import dev.vpos.simulator.posnet.PosNetGate;
import dev.vpos.simulator.posnet.PosNetMerchants;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PosNet adapter through the real CXF transport against the simulated PosNet bank's core behind a real HTTP
 * server: field names, formats, the MAC chain and the ledger rules on both sides.
 */
class PosNetGatewayContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");

    private static final String API = "/posnet/PosnetWebService/XML";
    private static final String GATE = "/posnet/3DSWebService/YKBPaymentService";
    private static final String MID = "6706598320";
    private static final String APPROVE_VISA = "4355084355084358";

    private final Ledger ledger = new Ledger();
    private final PosNetBank bank = new PosNetBank(
            PosNetMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());
    private final PosNetGate gate = new PosNetGate(PosNetMerchants.fromClasspath());
    private final PosNetGateway gateway = new PosNetGateway(new BankHttpTransport());
    private SimulatedBankServer server;
    private GatewayAccount account;

    @BeforeEach
    void start() {
        server = new SimulatedBankServer().on(API, request -> {
            PosNetBank.Reply reply = bank.handle(request.body(), request.contentType());
            return switch (reply.fault()) {
                case HTTP_500 ->
                    SimulatedBankServer.Reply.of(500, "text/html", "<h1>500</h1>".getBytes(StandardCharsets.UTF_8));
                case SLOW_ANSWER -> {
                    sleep(1500);
                    yield SimulatedBankServer.Reply.of(200, "text/xml", reply.xml());
                }
                case MALFORMED ->
                    SimulatedBankServer.Reply.of(200, "text/xml", Arrays.copyOf(reply.xml(), reply.xml().length / 2));
                case RESET -> throw new IOException("reset");
                default -> SimulatedBankServer.Reply.of(200, "text/xml;charset=ISO-8859-9", reply.xml());
            };
        });
        account = account(server.uri(API), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void saleIsApprovedWithTheBanksCodesAndBookedUnderTheOrderId() {
        String order = orderId();
        GatewayResult r = gateway.sale(sale(order, "125.40", APPROVE_VISA), account);
        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.exchange().toString());
        assertEquals("00", r.bankCode());
        LedgerEntry booked = ledger.entriesOf("POSNET", MID, order).get(0);
        assertEquals(booked.hostRefNum(), r.hostRefNum());
        assertEquals(booked.authCode(), r.authCode());
        assertEquals(new java.math.BigDecimal("125.40"), booked.amount());
        assertEquals("TL", booked.currency());
        assertEquals(r.hostRefNum(), r.references().get("hostLogKey"));
        assertFalse(r.exchange().maskedRequest().contains(APPROVE_VISA), "the log must not hold the PAN");
        assertTrue(r.exchange().maskedRequest().contains("<cvc>***</cvc>"));
        assertTrue(r.exchange().maskedRequest().contains("<amount>12540</amount>"));
        assertTrue(r.exchange().maskedRequest().contains("<installment>00</installment>"));
    }

    @Test
    void declinesCarryPosNetsFourDigitCodes() {
        assertDeclined("0051", gateway.sale(sale(orderId(), "10.00", "4546711234567894"), account));
        assertDeclined("0005", gateway.sale(sale(orderId(), "10.00", "4000000000000002"), account));
        assertDeclined("0041", gateway.sale(sale(orderId(), "10.00", "4000000000000044"), account));
        assertDeclined("0054", gateway.sale(sale(orderId(), "10.00", "4508034508034509"), account));
        assertDeclined("0051", gateway.sale(sale(orderId(), "20.51", APPROVE_VISA), account));
    }

    @Test
    void aSecondSaleOfTheSameOrderIsUnknownNotDeclined() {
        String order = orderId();
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.sale(sale(order, "10.00", APPROVE_VISA), account).outcome());
        GatewayResult again = gateway.sale(sale(order, "10.00", APPROVE_VISA), account);
        assertEquals(GatewayOutcome.UNKNOWN, again.outcome());
        assertTrue(again.exchange().failure().contains("0127"));
    }

    @Test
    void preAuthPartialCaptureThenPartialRefundsAfterTheDayEnd() {
        String order = orderId();
        GatewayResult auth = gateway.preAuthorize(sale(order, "100.00", APPROVE_VISA), account);
        assertEquals(GatewayOutcome.APPROVED, auth.outcome());
        GatewayResult capture = gateway.capture(followUp(order, "80.00", "100.00", auth), account);
        assertEquals(GatewayOutcome.APPROVED, capture.outcome(), String.valueOf(capture.exchange()));
        assertDeclined("0012", gateway.capture(followUp(order, "10.00", "100.00", auth), account));

        assertDeclined("0012", gateway.refund(followUp(order, "30.00", "80.00", auth), account));
        ledger.closeBatch("POSNET");
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(order, "30.00", "80.00", auth), account).outcome());
        assertDeclined("0013", gateway.refund(followUp(order, "50.01", "80.00", auth), account));
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(order, "50.00", "80.00", auth), account).outcome());
        assertEquals(
                java.math.BigDecimal.ZERO.setScale(2),
                ledger.order("POSNET", MID, order).refundable());
    }

    @Test
    void captureCannotExceedThePreAuthorisation() {
        String order = orderId();
        GatewayResult auth = gateway.preAuthorize(sale(order, "50.00", APPROVE_VISA), account);
        assertDeclined("0013", gateway.capture(followUp(order, "50.01", "50.00", auth), account));
    }

    @Test
    void saleIsVoidedTheSameDayButNotAfterTheDayEnd() {
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "42.00", APPROVE_VISA), account);
        GatewayResult voided = gateway.voidTransaction(followUp(order, "42.00", "42.00", sale), account);
        assertEquals(GatewayOutcome.APPROVED, voided.outcome(), String.valueOf(voided.exchange()));
        assertTrue(ledger.order("POSNET", MID, order).voided());

        String later = orderId();
        GatewayResult other = gateway.sale(sale(later, "42.00", APPROVE_VISA), account);
        ledger.closeBatch("POSNET");
        assertDeclined("0012", gateway.voidTransaction(followUp(later, "42.00", "42.00", other), account));
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(later, "42.00", "42.00", other), account)
                        .outcome());
    }

    @Test
    void followUpsFindTheOrderByOrderIdWhenNoHostLogKeyWasKept() {
        String order = orderId();
        gateway.sale(sale(order, "42.00", APPROVE_VISA), account);
        FollowUp bare = new FollowUp(order, orderId(), Money.of("42.00", "TRY"), Money.of("42.00", "TRY"), 1, Map.of());
        assertEquals(
                GatewayOutcome.APPROVED, gateway.voidTransaction(bare, account).outcome());
    }

    @Test
    void statusOfApprovedDeclinedAndUnknownOrders() {
        String approved = orderId();
        GatewayResult sale = gateway.sale(sale(approved, "12.00", APPROVE_VISA), account);
        GatewayResult status = gateway.status(approved, account);
        assertEquals(GatewayOutcome.APPROVED, status.outcome(), String.valueOf(status.exchange()));
        assertEquals(sale.hostRefNum(), status.hostRefNum());
        assertEquals(sale.authCode(), status.authCode());

        String declined = orderId();
        gateway.sale(sale(declined, "12.00", "4546711234567894"), account);
        GatewayResult d = gateway.status(declined, account);
        assertEquals(GatewayOutcome.DECLINED, d.outcome());
        assertEquals("0051", d.bankCode());

        assertEquals(GatewayOutcome.NOT_SENT, gateway.status(orderId(), account).outcome());
    }

    @Test
    void historyListsEveryTransactionOfTheOrder() {
        String order = orderId();
        GatewayResult auth = gateway.preAuthorize(sale(order, "1234.56", APPROVE_VISA), account);
        gateway.capture(followUp(order, "1000.00", "1234.56", auth), account);
        OrderHistory history = gateway.history(HistoryInquiry.of(order, TRY), account);
        assertTrue(history.answered());
        assertEquals(2, history.lines().size());
        assertEquals(HistoryKind.PRE_AUTH, history.lines().get(0).kind());
        assertEquals(Money.of("1234.56", "TRY"), history.lines().get(0).amount());
        assertEquals(HistoryKind.CAPTURE, history.lines().get(1).kind());
        assertEquals(GatewayOutcome.APPROVED, history.lines().get(1).outcome());
        assertNotNull(history.lines().get(1).at());
    }

    @Test
    void theHistoryShowsASaleItsPartialRefundAndAVoidWithTheirKindsAndAmounts() {
        String refunded = orderId();
        GatewayResult sale = gateway.sale(sale(refunded, "100.00", APPROVE_VISA), account);
        ledger.closeBatch("POSNET");
        gateway.refund(followUp(refunded, "40.00", "100.00", sale), account);
        OrderHistory h = gateway.history(HistoryInquiry.of(refunded, TRY), account);
        assertTrue(h.answered(), String.valueOf(h.exchange()));
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.REFUND),
                h.lines().stream().map(OrderHistory.Line::kind).toList(),
                h.lines().toString());
        assertEquals(Money.of("100.00", "TRY"), h.lines().get(0).amount());
        assertEquals(Money.of("40.00", "TRY"), h.lines().get(1).amount());
        assertTrue(
                h.lines().stream().allMatch(OrderHistory.Line::approved),
                h.lines().toString());

        String voided = orderId();
        GatewayResult other = gateway.sale(sale(voided, "42.00", APPROVE_VISA), account);
        gateway.voidTransaction(followUp(voided, "42.00", "42.00", other), account);
        h = gateway.history(HistoryInquiry.of(voided, TRY), account);
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.VOID),
                h.lines().stream().map(OrderHistory.Line::kind).toList(),
                h.lines().toString());
        assertEquals(Money.of("42.00", "TRY"), h.lines().get(1).amount());
        assertTrue(h.lines().get(1).approved());
    }

    @Test
    void connectionTestAcceptsTheMerchantAndRejectsAWrongTerminal() {
        ConnectionCheck ok = gateway.testConnection(account);
        assertTrue(ok.reachable());
        assertTrue(ok.credentialsAccepted(), ok.detail());
        Map<String, String> wrong = new HashMap<>(account.credentials());
        wrong.put("terminalNo", "67000000");
        ConnectionCheck rejected = gateway.testConnection(new GatewayAccount(
                1, 1, GatewayFamily.POSNET, account.endpoint(), Duration.ofSeconds(2), Duration.ofSeconds(5), wrong));
        assertTrue(rejected.reachable());
        assertFalse(rejected.credentialsAccepted());
        assertEquals("0148", rejected.bankCode());
    }

    @Test
    void transportFailuresAreUnknownOrNotSent() throws IOException {
        GatewayAccount impatient = account(server.uri(API), Duration.ofMillis(500));
        String slow = orderId();
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(slow, "7777.77", APPROVE_VISA), impatient).outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "8888.88", APPROVE_VISA), account).outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "9999.99", APPROVE_VISA), account).outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "6666.66", APPROVE_VISA), account).outcome());
        assertEquals(
                GatewayOutcome.APPROVED,
                eventually(() -> gateway.status(slow, account).outcome(), GatewayOutcome.APPROVED),
                "the slow sale did happen");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        GatewayAccount nowhere = account(URI.create("http://127.0.0.1:" + closedPort + API), Duration.ofSeconds(2));
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.sale(sale(orderId(), "10.00", APPROVE_VISA), nowhere).outcome());
    }

    @Test
    void threeDSaleWithTheRightOtpIsProvisionedAndReferencedWithTdsc() {
        String order = orderId();
        ThreeDsSale sale = threeDsSale(order, "250.00", APPROVE_VISA, 3);
        Map<String, String> callback = throughGate(sale, AuthorizationKind.SALE, "123456");
        ThreeDsFinish finish = gateway.finishThreeDs(
                new ThreeDsCallback(callback, sale, PaymentModel.THREE_D, AuthorizationKind.SALE), account);
        assertTrue(finish.authentic(), finish.rejection());
        assertEquals(
                GatewayOutcome.APPROVED,
                finish.result().outcome(),
                String.valueOf(finish.result().exchange()));
        assertEquals("TDSC" + order, finish.result().references().get("orderReference"));
        assertFalse(finish.callbackLog().maskedResponse().contains(callback.get("BankPacket")));
        LedgerEntry booked = ledger.entriesOf("POSNET", MID, order).get(0);
        assertEquals(LedgerType.SALE, booked.type());
        assertEquals(3, booked.installments());
        assertEquals(GatewayOutcome.APPROVED, gateway.status(order, account).outcome());
        ledger.closeBatch("POSNET");
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(order, "50.00", "250.00", finish.result()), account)
                        .outcome());
    }

    @Test
    void threeDPreAuthIsBookedAsPreAuthorisation() {
        String order = orderId();
        ThreeDsSale sale = threeDsSale(order, "75.00", "5401341234567891", 1);
        Map<String, String> callback = throughGate(sale, AuthorizationKind.PRE_AUTH, "123456");
        ThreeDsFinish finish = gateway.finishThreeDs(
                new ThreeDsCallback(callback, sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH), account);
        assertEquals(GatewayOutcome.APPROVED, finish.result().outcome());
        assertEquals(
                LedgerType.PRE_AUTH,
                ledger.entriesOf("POSNET", MID, order).get(0).type());
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.capture(followUp(order, "75.00", "75.00", finish.result()), account)
                        .outcome());
    }

    @Test
    void threeDWithAWrongOtpIsAnAuthenticationFailureAndNothingIsBooked() {
        String order = orderId();
        ThreeDsSale sale = threeDsSale(order, "250.00", APPROVE_VISA, 1);
        Map<String, String> callback = throughGate(sale, AuthorizationKind.SALE, "000000");
        ThreeDsFinish finish = gateway.finishThreeDs(
                new ThreeDsCallback(callback, sale, PaymentModel.THREE_D, AuthorizationKind.SALE), account);
        assertTrue(finish.authentic());
        assertEquals(GatewayOutcome.DECLINED, finish.result().outcome());
        assertEquals("MD:0", finish.result().bankCode());
        assertTrue(ledger.entriesOf("POSNET", MID, order).isEmpty());
    }

    @Test
    void threeDDeclineOfTheProvisionComesFromTheCardTable() {
        String order = orderId();
        ThreeDsSale sale = threeDsSale(order, "250.00", "4000000000000002", 1);
        ThreeDsFinish finish = gateway.finishThreeDs(
                new ThreeDsCallback(
                        throughGate(sale, AuthorizationKind.SALE, "123456"),
                        sale,
                        PaymentModel.THREE_D,
                        AuthorizationKind.SALE),
                account);
        assertEquals(GatewayOutcome.DECLINED, finish.result().outcome());
        assertEquals("0005", finish.result().bankCode());
    }

    @Test
    void notEnrolledCardSkipsTheAcsAndIsProvisionedAsHalfSecure() {
        String order = orderId();
        ThreeDsSale sale = threeDsSale(order, "30.00", "4000000000000069", 1);
        ThreeDsStart start = gateway.startThreeDs(request(sale, AuthorizationKind.SALE), account);
        PosNetGate.Page page = gate.enter(start.fields(), GATE + PosNetGate.ACS_PATH_SUFFIX);
        assertEquals("https://shop.example/callback", page.formAction(), "straight back to the merchant");
        ThreeDsFinish finish = gateway.finishThreeDs(
                new ThreeDsCallback(page.formFields(), sale, PaymentModel.THREE_D, AuthorizationKind.SALE), account);
        assertEquals(GatewayOutcome.APPROVED, finish.result().outcome());
    }

    @Test
    void tamperedCallbacksAreRejected() {
        String order = orderId();
        ThreeDsSale sale = threeDsSale(order, "250.00", APPROVE_VISA, 1);
        Map<String, String> callback = throughGate(sale, AuthorizationKind.SALE, "123456");

        Map<String, String> amount = new HashMap<>(callback);
        amount.put("Amount", "100");
        assertRejected(amount, sale);

        Map<String, String> sign = new HashMap<>(callback);
        String original = callback.get("Sign");
        // a different first two characters (a Sign that already began with "00" was no tampering: 1 run in 256)
        sign.put("Sign", (original.startsWith("00") ? "11" : "00") + original.substring(2));
        assertRejected(sign, sale);

        ThreeDsSale cheaper = threeDsSale(order, "1.00", APPROVE_VISA, 1);
        Map<String, String> plainToo = new HashMap<>(callback);
        plainToo.put("Amount", "100");
        assertRejected(plainToo, cheaper);

        String otherOrder = orderId();
        ThreeDsSale other = threeDsSale(otherOrder, "250.00", APPROVE_VISA, 1);
        Map<String, String> relabelled = new HashMap<>(callback);
        relabelled.put("Xid", otherOrder);
        assertRejected(relabelled, other);
        assertRejected(callback, other);
        assertTrue(ledger.entriesOf("POSNET", MID, order).isEmpty(), "nothing may be charged");
    }

    @Test
    void threeDStartPostsToTheGateBesideTheEndpoint() {
        ThreeDsStart start = gateway.startThreeDs(
                request(threeDsSale(orderId(), "10.00", APPROVE_VISA, 1), AuthorizationKind.SALE), account);
        assertFalse(start.isFailure());
        assertEquals(server.uri(GATE), start.action());
        assertEquals(MID, start.fields().get("mid"));
        assertEquals("27426", start.fields().get("posnetID"));
        assertFalse(start.exchange().maskedRequest().contains(APPROVE_VISA));
        assertFalse(start.exchange().maskedResponse().contains(start.fields().get("posnetData2")));
    }

    // ----------------------------------------------------------------------------------------------------------

    private Map<String, String> throughGate(ThreeDsSale sale, AuthorizationKind kind, String otp) {
        ThreeDsStart start = gateway.startThreeDs(request(sale, kind), account);
        assertFalse(start.isFailure(), () -> String.valueOf(start.failure()));
        PosNetGate.Page acs = gate.enter(start.fields(), GATE + PosNetGate.ACS_PATH_SUFFIX);
        assertEquals(200, acs.status());
        assertTrue(acs.html().contains("435508******4358")
                || acs.html().contains(CardNumber.mask(sale.card().digits())));
        Map<String, String> submitted = new HashMap<>(acs.formFields());
        submitted.put("otp", otp);
        submitted.put("action", "authenticate");
        PosNetGate.Page back = gate.authenticate(submitted);
        assertEquals("https://shop.example/callback", back.formAction());
        return back.formFields();
    }

    private void assertRejected(Map<String, String> posted, ThreeDsSale expected) {
        ThreeDsFinish finish = gateway.finishThreeDs(
                new ThreeDsCallback(posted, expected, PaymentModel.THREE_D, AuthorizationKind.SALE), account);
        assertFalse(finish.authentic(), () -> "should be rejected: " + finish.result());
    }

    private static void assertDeclined(String code, GatewayResult r) {
        assertEquals(GatewayOutcome.DECLINED, r.outcome(), () -> String.valueOf(r.exchange()));
        assertEquals(code, r.bankCode());
    }

    private static ThreeDsRequest request(ThreeDsSale sale, AuthorizationKind kind) {
        return new ThreeDsRequest(
                sale,
                PaymentModel.THREE_D,
                kind,
                URI.create("https://shop.example/callback"),
                URI.create("https://shop.example/callback"),
                "tr");
    }

    private static ThreeDsSale threeDsSale(String order, String amount, String pan, int installments) {
        return new ThreeDsSale(
                order,
                Money.of(amount, "TRY"),
                installments,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "123",
                "Ayse Yilmaz",
                "10.0.0.1",
                "a@b.example");
    }

    private static SaleInstruction sale(String order, String amount, String pan) {
        return new SaleInstruction(
                order,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "123",
                "10.0.0.1",
                "a@b.example");
    }

    private static FollowUp followUp(String order, String amount, String original, GatewayResult of) {
        return new FollowUp(order, orderId(), Money.of(amount, "TRY"), Money.of(original, "TRY"), 1, of.references());
    }

    private static GatewayAccount account(URI endpoint, Duration readTimeout) {
        return new GatewayAccount(
                1,
                1,
                GatewayFamily.POSNET,
                endpoint,
                Duration.ofSeconds(2),
                readTimeout,
                Map.of(
                        "merchantNo",
                        MID,
                        "terminalNo",
                        "67005551",
                        "posnetId",
                        "27426",
                        "encryptionKey",
                        "10,10,10,10,10,10,10,10"));
    }

    static String orderId() {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder id = new StringBuilder("VP260115");
        for (int i = 0; i < 12; i++) {
            id.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
        }
        return id.toString();
    }

    /** Reads until the value is {@code wanted} or 10 s have passed; answers the last value read. */
    private static <T> T eventually(java.util.function.Supplier<T> read, T wanted) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T last = read.get();
        while (!wanted.equals(last) && System.nanoTime() < until) {
            sleep(50);
            last = read.get();
        }
        return last;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unused")
    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
