package dev.vpos.gateway.payflex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import dev.vpos.simulator.http.HtmlErrorPage;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.payflex.PayFlexBank;
import dev.vpos.simulator.payflex.PayFlexForm;
import dev.vpos.simulator.payflex.PayFlexMerchants;
import dev.vpos.simulator.payflex.PayFlexMpi;
import dev.vpos.simulator.payflex.PayFlexReply;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PayFlex adapter through the real CXF transport against the simulated VakıfBank (provision, search, MPI) on a
 * local HTTP server; the payer's browser steps (ACS page, OTP, TermUrl) are played against the simulator's core.
 */
class PayFlexGatewayContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");

    private static final String MERCHANT = "000000000111111";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final Ledger ledger = new Ledger();
    private final PayFlexBank bank = new PayFlexBank(
            PayFlexMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());
    private final SimulatedBankServer server = new SimulatedBankServer();
    private final PayFlexGateway gateway = new PayFlexGateway(new BankHttpTransport());
    private final String base = server.uri("").toString();

    PayFlexGatewayContractTest() {
        server.on(PayFlexBank.API_PATH, r -> reply(bank.vpos(r.body(), r.contentType())))
                .on(PayFlexBank.SEARCH_PATH, r -> reply(bank.search(r.body(), r.contentType())))
                .on(PayFlexMpi.ENROLLMENT_PATH, r -> reply(bank.mpi().enroll(PayFlexForm.parse(r.body()), base)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Acts out the simulator's faults as its servlet does (a reset cannot be played by this server). */
    private static Reply reply(PayFlexReply r) {
        switch (r.fault()) {
            case HTTP_500 -> {
                return Reply.of(
                        500,
                        "text/html",
                        HtmlErrorPage.html(500, "Internal Server Error", "boom").getBytes(StandardCharsets.UTF_8));
            }
            case SLOW -> {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> {}
        }
        return Reply.of(r.status(), r.contentType(), r.wireBody());
    }

    private GatewayAccount account(long readTimeoutMs) {
        return account(server.uri(PayFlexBank.API_PATH), readTimeoutMs, "3XTgER89as");
    }

    private static GatewayAccount account(URI endpoint, long readTimeoutMs, String password) {
        Map<String, String> c = new HashMap<>();
        c.put("merchantId", MERCHANT);
        c.put("terminalNo", "VP000095");
        c.put("password", password);
        return new GatewayAccount(
                1, 1, GatewayFamily.PAYFLEX, endpoint, Duration.ofSeconds(2), Duration.ofMillis(readTimeoutMs), c);
    }

    private static String orderId() {
        return String.format("VP260101%012d", SEQ.incrementAndGet() + System.nanoTime() % 1_000_000_000L * 100);
    }

    private static SaleInstruction sale(String orderId, String amount, String pan) {
        return new SaleInstruction(
                orderId,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "000",
                "10.1.2.3",
                "payer@example.com");
    }

    private static FollowUp followUp(
            GatewayResult original, String orderId, String opSuffix, String amount, String originalAmount) {
        String op = orderId.substring(0, 20 - opSuffix.length()) + opSuffix;
        return new FollowUp(
                orderId, op, Money.of(amount, "TRY"), Money.of(originalAmount, "TRY"), 1, original.references());
    }

    private LedgerOrder order(String orderId) {
        return ledger.order(PayFlexBank.FAMILY, MERCHANT, orderId);
    }

    // ------------------------------------------------------------------------------ non-3D

    @Test
    void anApprovedSaleCarriesTheBanksCodesAndTheTransactionIdForFollowUps() {
        String id = orderId();
        GatewayResult r = gateway.sale(sale(id, "100.25", "4355084355084358"), account(2000));

        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.exchange().failure());
        assertEquals("0000", r.bankCode());
        assertEquals(id, r.transId());
        assertEquals(id, r.references().get("transactionId"));
        assertEquals(ledger.entriesOf(PayFlexBank.FAMILY, MERCHANT, id).get(0).authCode(), r.authCode());
        assertEquals(ledger.entriesOf(PayFlexBank.FAMILY, MERCHANT, id).get(0).hostRefNum(), r.hostRefNum());
        String logged = r.exchange().maskedRequest();
        assertTrue(
                logged.contains("<Pan>435508******4358</Pan>")
                        && logged.contains("<Password>***</Password>")
                        && logged.contains("<Cvv>***</Cvv>"),
                logged);
        assertFalse(logged.contains("4355084355084358") || logged.contains("3XTgER89as"), logged);
    }

    @Test
    void declinesCarryVakifbankCodes() {
        GatewayResult insufficient = gateway.sale(sale(orderId(), "10.00", "4546711234567894"), account(2000));
        GatewayResult doNotHonor = gateway.sale(sale(orderId(), "10.00", "4000000000000002"), account(2000));
        GatewayResult lost = gateway.sale(sale(orderId(), "10.00", "4000000000000044"), account(2000));

        assertEquals(GatewayOutcome.DECLINED, insufficient.outcome());
        assertEquals("0051", insufficient.bankCode());
        assertEquals("0005", doNotHonor.bankCode());
        assertEquals("0041", lost.bankCode());
        assertEquals(GatewayOutcome.DECLINED, lost.outcome());
    }

    @Test
    void wrongCredentialsAreADeclineWithTheBanksCode() {
        GatewayResult r = gateway.sale(
                sale(orderId(), "10.00", "4355084355084358"), account(server.uri(PayFlexBank.API_PATH), 2000, "wrong"));
        assertEquals(GatewayOutcome.DECLINED, r.outcome());
        assertEquals("9065", r.bankCode());
    }

    @Test
    void preAuthPartialCaptureThenPartialRefundsAfterDayEnd() {
        String id = orderId();
        GatewayResult auth = gateway.preAuthorize(sale(id, "100.00", "5401341234567891"), account(2000));
        assertEquals(GatewayOutcome.APPROVED, auth.outcome());

        GatewayResult capture = gateway.capture(followUp(auth, id, "C1", "80.00", "100.00"), account(2000));
        assertEquals(GatewayOutcome.APPROVED, capture.outcome(), capture.bankMessage());
        assertEquals(new BigDecimal("80.00"), order(id).captured());

        ledger.closeBatch(PayFlexBank.FAMILY);
        GatewayResult part = gateway.refund(followUp(auth, id, "R1", "30.00", "80.00"), account(2000));
        assertEquals(GatewayOutcome.APPROVED, part.outcome(), part.bankMessage());
        GatewayResult rest = gateway.refund(followUp(auth, id, "R2", "50.00", "80.00"), account(2000));
        assertEquals(GatewayOutcome.APPROVED, rest.outcome(), rest.bankMessage());
        assertEquals(0, order(id).refundable().signum());
        GatewayResult tooMuch = gateway.refund(followUp(auth, id, "R3", "0.01", "80.00"), account(2000));
        assertEquals(GatewayOutcome.DECLINED, tooMuch.outcome());
        assertEquals("1059", tooMuch.bankCode());
    }

    @Test
    void aSaleIsVoidedTheSameDay() {
        String id = orderId();
        GatewayResult sale = gateway.sale(sale(id, "20.00", "4355084355084358"), account(2000));
        GatewayResult voided = gateway.voidTransaction(followUp(sale, id, "V1", "20.00", "20.00"), account(2000));

        assertEquals(GatewayOutcome.APPROVED, voided.outcome(), voided.bankMessage());
        assertTrue(order(id).voided());
        assertTrue(voided.exchange().maskedRequest().contains("<TransactionType>Cancel</TransactionType>"));
    }

    @Test
    void aRefundIsRefusedBeforeDayEndAndAcceptedAfter() {
        String id = orderId();
        GatewayResult sale = gateway.sale(sale(id, "20.00", "4355084355084358"), account(2000));

        GatewayResult early = gateway.refund(followUp(sale, id, "R1", "20.00", "20.00"), account(2000));
        assertEquals(GatewayOutcome.DECLINED, early.outcome());
        assertEquals("1089", early.bankCode());

        ledger.closeBatch(PayFlexBank.FAMILY);
        GatewayResult voidLate = gateway.voidTransaction(followUp(sale, id, "V1", "20.00", "20.00"), account(2000));
        assertEquals("2202", voidLate.bankCode());
        GatewayResult refund = gateway.refund(followUp(sale, id, "R2", "20.00", "20.00"), account(2000));
        assertEquals(GatewayOutcome.APPROVED, refund.outcome(), refund.bankMessage());
    }

    @Test
    void aRetriedRefundIsNotBookedTwiceAndItsRefusalIsNoDecline() {
        String id = orderId();
        GatewayResult sale = gateway.sale(sale(id, "20.00", "4355084355084358"), account(2000));
        ledger.closeBatch(PayFlexBank.FAMILY);
        FollowUp refund = followUp(sale, id, "R1", "5.00", "20.00");
        assertEquals(
                GatewayOutcome.APPROVED, gateway.refund(refund, account(2000)).outcome());
        GatewayResult again = gateway.refund(refund, account(2000));
        // the bank refuses the transaction id it already booked (1006): the refund may well be done — the history
        // decides, a decline would hide it
        assertEquals(GatewayOutcome.UNKNOWN, again.outcome());
        assertTrue(again.exchange().failure().contains("1006"), again.exchange().failure());
        assertEquals(new BigDecimal("5.00"), order(id).refunded());
    }

    @Test
    void historyShowsTheSaleAndEachRefundFoundByItsOwnTransactionId() {
        String id = orderId();
        GatewayResult sale = gateway.sale(sale(id, "20.00", "4355084355084358"), account(2000));
        ledger.closeBatch(PayFlexBank.FAMILY);
        FollowUp first = followUp(sale, id, "R1", "5.00", "20.00");
        FollowUp second = followUp(sale, id, "R2", "7.50", "20.00");
        gateway.refund(first, account(2000));
        gateway.refund(second, account(2000));
        FollowUp neverSent = followUp(sale, id, "R3", "1.00", "20.00");

        OrderHistory h = gateway.history(
                new HistoryInquiry(
                        id,
                        TRY,
                        AuthorizationKind.SALE,
                        List.of(first.operationId(), second.operationId(), neverSent.operationId())),
                account(2000));

        assertTrue(h.answered() && h.itemized(), h.exchange().failure());
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.REFUND, HistoryKind.REFUND),
                h.lines().stream().map(OrderHistory.Line::kind).toList(),
                "the third was never booked: the bank has no such transaction");
        assertEquals(Money.of("20.00", "TRY"), h.lines().get(0).amount());
        assertEquals(id, h.lines().get(0).operationId());
        assertEquals(first.operationId(), h.lines().get(1).operationId());
        assertEquals(Money.of("5.00", "TRY"), h.lines().get(1).amount());
        assertEquals(second.operationId(), h.lines().get(2).operationId());
        assertEquals(Money.of("7.50", "TRY"), h.lines().get(2).amount());
        assertTrue(h.lines().stream().allMatch(OrderHistory.Line::approved));
        assertEquals(
                4,
                h.exchange().maskedRequest().split("<SearchRequest>", -1).length - 1,
                "the order and one search per operation id");
    }

    @Test
    void historyShowsAVoidedSaleAndItsCancel() {
        String id = orderId();
        GatewayResult sale = gateway.sale(sale(id, "20.00", "4355084355084358"), account(2000));
        FollowUp cancel = followUp(sale, id, "V1", "20.00", "20.00");
        gateway.voidTransaction(cancel, account(2000));

        OrderHistory h = gateway.history(
                new HistoryInquiry(id, TRY, AuthorizationKind.SALE, List.of(cancel.operationId())), account(2000));

        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.VOID),
                h.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals("Sale (cancelled)", h.lines().get(0).bankType());
        assertEquals(cancel.operationId(), h.lines().get(1).operationId());
    }

    @Test
    void historyOfAnUnknownOrderIsEmptyAndWrongCredentialsAnswerNothing() {
        OrderHistory none = gateway.history(HistoryInquiry.of(orderId(), TRY), account(2000));
        OrderHistory refused = gateway.history(
                HistoryInquiry.of(orderId(), TRY), account(server.uri(PayFlexBank.API_PATH), 2000, "wrong"));

        assertTrue(none.answered() && none.lines().isEmpty());
        assertFalse(refused.answered());
    }

    @Test
    void statusOfApprovedDeclinedAndUnknownOrders() {
        String approved = orderId();
        gateway.sale(sale(approved, "10.00", "4355084355084358"), account(2000));
        String declined = orderId();
        gateway.sale(sale(declined, "10.51", "4355084355084358"), account(2000));

        GatewayResult a = gateway.status(approved, account(2000));
        assertEquals(GatewayOutcome.APPROVED, a.outcome(), a.exchange().failure());
        assertEquals(approved, a.references().get("transactionId"));
        GatewayResult d = gateway.status(declined, account(2000));
        assertEquals(GatewayOutcome.DECLINED, d.outcome());
        assertEquals("0051", d.bankCode());
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.status(orderId(), account(2000)).outcome());
        assertFalse(a.exchange().maskedRequest().contains("3XTgER89as"));
    }

    @Test
    void statusOfAVoidedOrderNeedsAPerson() {
        String id = orderId();
        GatewayResult sale = gateway.sale(sale(id, "10.00", "4355084355084358"), account(2000));
        gateway.voidTransaction(followUp(sale, id, "V1", "10.00", "10.00"), account(2000));
        assertEquals(GatewayOutcome.UNKNOWN, gateway.status(id, account(2000)).outcome());
    }

    @Test
    void connectionCheckProvesCredentials() {
        ConnectionCheck ok = gateway.testConnection(account(2000));
        assertTrue(ok.reachable() && ok.credentialsAccepted(), ok.detail());
        ConnectionCheck wrong = gateway.testConnection(account(server.uri(PayFlexBank.API_PATH), 2000, "wrong"));
        assertTrue(wrong.reachable());
        assertFalse(wrong.credentialsAccepted());
        assertEquals("9065", wrong.bankCode());
    }

    @Test
    void transportFaultsAreUnknownOrNotSent() {
        GatewayResult slow = gateway.sale(sale(orderId(), "7777.77", "4355084355084358"), account(300));
        assertEquals(GatewayOutcome.UNKNOWN, slow.outcome());
        GatewayResult malformed = gateway.sale(sale(orderId(), "8888.88", "4355084355084358"), account(2000));
        assertEquals(GatewayOutcome.UNKNOWN, malformed.outcome());
        GatewayResult http500 = gateway.sale(sale(orderId(), "9999.99", "4355084355084358"), account(2000));
        assertEquals(GatewayOutcome.UNKNOWN, http500.outcome());
        assertEquals(500, http500.exchange().httpStatus());
    }

    @Test
    void aClosedPortIsNotSent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        GatewayResult r = gateway.sale(
                sale(orderId(), "10.00", "4355084355084358"),
                account(URI.create("http://127.0.0.1:" + port + PayFlexBank.API_PATH), 2000, "3XTgER89as"));
        assertEquals(GatewayOutcome.NOT_SENT, r.outcome());
    }

    @Test
    void anAnswerForAnotherOrderIsUnknown() {
        String id = orderId();
        server.on(
                "/other" + PayFlexBank.API_PATH,
                r -> Reply.of(
                        200,
                        "text/xml",
                        ("<VposResponse><ResultCode>0000</ResultCode><TransactionId>VPOTHER</TransactionId><OrderId>VPOTHER</OrderId>"
                                        + "<CurrencyAmount>10.00</CurrencyAmount></VposResponse>")
                                .getBytes(StandardCharsets.UTF_8)));
        GatewayResult r = gateway.sale(
                sale(id, "10.00", "4355084355084358"),
                account(server.uri("/other" + PayFlexBank.API_PATH), 2000, "3XTgER89as"));
        assertEquals(GatewayOutcome.UNKNOWN, r.outcome());
    }

    // ------------------------------------------------------------------------------ 3-D

    private static ThreeDsSale threeDsSale(String id, String amount, String pan) {
        return new ThreeDsSale(
                id,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "000",
                "AYSE YILMAZ",
                "10.1.2.3",
                "payer@example.com");
    }

    private ThreeDsStart start(ThreeDsSale s, AuthorizationKind kind) {
        return gateway.startThreeDs(
                new ThreeDsRequest(
                        s,
                        PaymentModel.THREE_D,
                        kind,
                        URI.create("https://shop.test/3ds/ok"),
                        URI.create("https://shop.test/3ds/fail"),
                        "tr"),
                account(2000));
    }

    /** The payer's browser: post the start form to the ACS, submit the OTP, follow TermUrl; the callback's fields. */
    private Map<String, String> browse(ThreeDsStart start, String otp) {
        assertFalse(start.isFailure(), () -> String.valueOf(start.failure()));
        assertEquals(URI.create(base + PayFlexMpi.ACS_PATH), start.action());
        PayFlexReply page = bank.mpi().acsPage(start.fields());
        assertEquals(200, page.status());
        assertTrue(page.text().matches("(?s).*\\d{6}\\*{6}\\d{4}.*"), "the password page shows the masked card");
        PayFlexReply toTerm =
                bank.mpi().acsVerify(Map.of("MD", start.fields().get("MD"), "otp", otp, "action", "submit"), base);
        Map<String, String> term = form(toTerm);
        term.remove("@action");
        Map<String, String> callback = form(bank.mpi().termUrl(term));
        callback.remove("@action");
        return callback;
    }

    private static Map<String, String> form(PayFlexReply page) {
        Map<String, String> f = new LinkedHashMap<>();
        Matcher action =
                Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"").matcher(page.text());
        f.put("@action", action.find() ? unescape(action.group(1)) : "");
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")
                .matcher(page.text());
        while (m.find()) {
            f.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        return f;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private ThreeDsFinish finish(Map<String, String> callback, ThreeDsSale expected, AuthorizationKind kind) {
        return gateway.finishThreeDs(
                new ThreeDsCallback(callback, expected, PaymentModel.THREE_D, kind), account(2000));
    }

    @Test
    void threeDWithTheRightOtpIsProvisionedWithTheMpiData() {
        ThreeDsSale s = threeDsSale(orderId(), "150.00", "4355084355084358");
        ThreeDsStart start = start(s, AuthorizationKind.SALE);
        assertEquals(java.util.Set.of("PaReq", "TermUrl", "MD"), start.fields().keySet());
        String enrollLog = start.exchange().maskedRequest();
        assertFalse(enrollLog.contains("4355084355084358") || enrollLog.contains("3XTgER89as"), enrollLog);

        ThreeDsFinish finish = finish(browse(start, PayFlexMpi.OTP), s, AuthorizationKind.SALE);

        assertTrue(finish.authentic(), finish.rejection());
        assertEquals(
                GatewayOutcome.APPROVED,
                finish.result().outcome(),
                finish.result().bankMessage());
        String provision = finish.result().exchange().maskedRequest();
        assertTrue(
                provision.contains("<ECI>05</ECI>")
                        && provision.contains("<MpiTransactionId>" + s.bankOrderId() + "</MpiTransactionId>")
                        && provision.contains("<CAVV>***</CAVV>"),
                provision);
        assertFalse(
                finish.callbackLog().maskedResponse().contains("4355084355084358"),
                finish.callbackLog().maskedResponse());
        assertTrue(order(s.bankOrderId()).exists());
    }

    @Test
    void threeDPreAuthIsAnAuth() {
        ThreeDsSale s = threeDsSale(orderId(), "40.00", "5401341234567891");
        ThreeDsFinish finish =
                finish(browse(start(s, AuthorizationKind.PRE_AUTH), PayFlexMpi.OTP), s, AuthorizationKind.PRE_AUTH);
        assertEquals(
                GatewayOutcome.APPROVED,
                finish.result().outcome(),
                finish.result().bankMessage());
        assertTrue(order(s.bankOrderId()).capturable());
    }

    @Test
    void aWrongOtpIsAThreeDDecline() {
        ThreeDsSale s = threeDsSale(orderId(), "10.00", "4355084355084358");
        ThreeDsFinish finish = finish(browse(start(s, AuthorizationKind.SALE), "999999"), s, AuthorizationKind.SALE);

        assertTrue(finish.authentic());
        assertEquals(GatewayOutcome.DECLINED, finish.result().outcome());
        assertEquals("MPI:N", finish.result().bankCode());
        assertFalse(order(s.bankOrderId()).exists());
    }

    @Test
    void aNotEnrolledCardFailsAtTheStart() {
        ThreeDsStart start = start(threeDsSale(orderId(), "10.00", "4000000000000069"), AuthorizationKind.SALE);
        assertTrue(start.isFailure());
        assertEquals(GatewayOutcome.DECLINED, start.failure().outcome());
        assertEquals("MPI:N", start.failure().bankCode());
    }

    @Test
    void aTamperedCallbackIsRejectedBeforeAnythingIsSent() {
        ThreeDsSale s = threeDsSale(orderId(), "10.00", "4355084355084358");
        Map<String, String> callback = browse(start(s, AuthorizationKind.SALE), PayFlexMpi.OTP);

        Map<String, String> amount = new HashMap<>(callback);
        amount.put("PurchAmount", "100");
        assertFalse(finish(amount, s, AuthorizationKind.SALE).authentic());
        Map<String, String> otherOrder = new HashMap<>(callback);
        otherOrder.put("VerifyEnrollmentRequestId", orderId());
        assertFalse(finish(otherOrder, s, AuthorizationKind.SALE).authentic());
        Map<String, String> otherCurrency = new HashMap<>(callback);
        otherCurrency.put("PurchCurrency", "840");
        assertFalse(finish(otherCurrency, s, AuthorizationKind.SALE).authentic());
        Map<String, String> otherCard = new HashMap<>(callback);
        otherCard.put("Pan", "5401341234567891");
        assertFalse(finish(otherCard, s, AuthorizationKind.SALE).authentic());
        Map<String, String> installments = new HashMap<>(callback);
        installments.put("InstallmentCount", "3");
        assertFalse(finish(installments, s, AuthorizationKind.SALE).authentic());
        assertFalse(order(s.bankOrderId()).exists(), "nothing was provisioned");
    }

    @Test
    void aForgedCavvIsRefusedByTheBank() {
        // PayFlex signs nothing in its callback: a changed CAVV passes our field checks and the bank refuses it
        ThreeDsSale s = threeDsSale(orderId(), "10.00", "4355084355084358");
        Map<String, String> callback = new HashMap<>(browse(start(s, AuthorizationKind.SALE), PayFlexMpi.OTP));
        callback.put("Cavv", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        ThreeDsFinish finish = finish(callback, s, AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.DECLINED, finish.result().outcome());
        assertEquals("1117", finish.result().bankCode());
        assertFalse(order(s.bankOrderId()).exists());
    }

    @Test
    void withoutTheCardTheCallbackIsRejectedAndNothingChanges() {
        ThreeDsSale s = threeDsSale(orderId(), "10.00", "4355084355084358");
        Map<String, String> callback = browse(start(s, AuthorizationKind.SALE), PayFlexMpi.OTP);
        ThreeDsSale forgotten = ThreeDsSale.withoutCard(s.bankOrderId(), s.amount(), 1, "10.1.2.3", null);

        ThreeDsFinish finish = finish(callback, forgotten, AuthorizationKind.SALE);

        assertFalse(finish.authentic());
        assertTrue(finish.rejection().contains("card no longer held"), finish.rejection());
        assertNull(finish.result());
        assertFalse(order(s.bankOrderId()).exists());
        assertNotNull(finish.callbackLog());
    }

    @Test
    void threeDPayAndHostAreNotOffered() {
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        threeDsSale(orderId(), "10.00", "4355084355084358"),
                        PaymentModel.THREE_D_PAY,
                        AuthorizationKind.SALE,
                        URI.create("https://shop.test/ok"),
                        URI.create("https://shop.test/fail"),
                        "tr"),
                account(2000));
        assertEquals(GatewayOutcome.NOT_SENT, start.failure().outcome());
    }

    @Test
    void aSaleDeliveredTwiceIsUnknownTheSecondTimeNeverDeclined() {
        // a network or proxy that resends our request: the bank refuses the order id it has just approved
        String order = orderId();
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.sale(sale(order, "42.10", "4355084355084358"), account(2000))
                        .outcome());
        GatewayResult second = gateway.sale(sale(order, "42.10", "4355084355084358"), account(2000));
        assertEquals(GatewayOutcome.UNKNOWN, second.outcome(), second.bankMessage());
        assertTrue(
                second.exchange().failure().contains("1006"), second.exchange().failure());
    }
}
