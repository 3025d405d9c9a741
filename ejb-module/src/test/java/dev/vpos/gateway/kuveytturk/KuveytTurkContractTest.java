package dev.vpos.gateway.kuveytturk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOperation;
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
import dev.vpos.simulator.kuveytturk.KuveytTurkBank;
import dev.vpos.simulator.kuveytturk.KuveytTurkMerchants;
import dev.vpos.simulator.kuveytturk.KuveytTurkReply;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The KuveytTürk adapter, through the real CXF transport, against the simulated bank's own core behind a real HTTP
 * server: field names, formats, hashes, SOAP, the 3-D round trip through the ACS page and the ledger's follow-up rules.
 */
class KuveytTurkContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");

    private static final String APPROVING = "4355084355084358";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Ledger ledger = new Ledger();
    private final KuveytTurkBank bank = new KuveytTurkBank(
            KuveytTurkMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new Random(5));
    private final SimulatedBankServer server = new SimulatedBankServer();
    private final KuveytTurkGateway gateway = new KuveytTurkGateway(new BankHttpTransport());
    private final HttpClient browser = HttpClient.newHttpClient();

    KuveytTurkContractTest() {
        for (String path : List.of(
                KuveytTurkBank.NON_3D,
                KuveytTurkBank.ENROLLMENT,
                KuveytTurkBank.PROVISION,
                KuveytTurkBank.ACS,
                KuveytTurkBank.ACS_VERIFY,
                KuveytTurkBank.SERVICE)) {
            server.on("/kuveytturk" + path, request -> {
                KuveytTurkReply reply = bank.handle(
                        path,
                        request.body(),
                        request.contentType(),
                        request.header("SOAPAction"),
                        server.uri("/kuveytturk"));
                if (reply.slow()) {
                    sleep(2500);
                }
                return SimulatedBankServer.Reply.of(reply.status(), reply.contentType(), reply.body());
            });
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anApprovedSaleCarriesTheBanksCodesAndWhatFollowUpsNeed() {
        String order = orderId();
        GatewayResult r = gateway.sale(sale(order, "100.25", APPROVING), account());

        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.exchange().toString());
        assertEquals("00", r.bankCode());
        assertTrue(r.authCode().matches("\\d{6}") && r.hostRefNum().matches("\\d{12}"), r.toString());
        assertEquals(r.hostRefNum().substring(6), r.transId(), "Stan is the RRN's tail");
        assertTrue(
                r.references().get(KuveytTurkReferences.ORDER_ID).matches("\\d{9}"),
                r.references().toString());
        LedgerEntry booked = ledger.newestFirst(Optional.of(order)).get(0);
        assertEquals(new java.math.BigDecimal("100.25"), booked.amount());
        assertEquals(r.authCode(), booked.authCode());
        assertEquals(r.hostRefNum(), booked.hostRefNum());
        assertEquals(r.transId(), booked.transId());
        String logged = r.exchange().maskedRequest();
        assertTrue(
                logged.contains("<CardNumber>435508******4358</CardNumber>")
                        && logged.contains("<CardCVV2>***</CardCVV2>"),
                logged);
        assertTrue(
                logged.contains("<Amount>10025</Amount>")
                        && logged.contains("<CurrencyCode>0949</CurrencyCode>")
                        && logged.contains("<InstallmentCount>0</InstallmentCount>"),
                logged);
        assertFalse(logged.contains(APPROVING) || logged.contains("api123"), logged);
    }

    @Test
    void declinesCarryTheIssuersCode() {
        assertDeclined("51", gateway.sale(sale(orderId(), "10.00", "4546711234567894"), account()));
        assertDeclined("05", gateway.sale(sale(orderId(), "10.00", "4000000000000002"), account()));
        assertDeclined("41", gateway.sale(sale(orderId(), "10.00", "4000000000000044"), account()));
        assertDeclined("51", gateway.sale(sale(orderId(), "10.51", APPROVING), account()));
        assertDeclined("54", gateway.sale(sale(orderId(), "10.54", APPROVING), account()));
    }

    @Test
    void aWrongPasswordIsTheBanksHashErrorNotACharge() {
        String order = orderId();
        GatewayResult r = gateway.sale(sale(order, "10.00", APPROVING), account("wrong"));

        assertDeclined("HashDataError", r);
        assertTrue(ledger.newestFirst(Optional.of(order)).isEmpty());
    }

    @Test
    void aSameDaySaleIsCancelledNotRefundedAndOnlyOnce() {
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "50.00", APPROVING), account());

        assertDeclined("InvalidRequestError", gateway.refund(followUp(order, "50.00", "50.00", sale), account()));
        GatewayResult cancel = gateway.voidTransaction(followUp(order, "50.00", "50.00", sale), account());
        assertEquals(
                GatewayOutcome.APPROVED, cancel.outcome(), cancel.exchange().toString());
        assertTrue(
                cancel.exchange().maskedRequest().contains("<ser:SaleReversal>"),
                cancel.exchange().maskedRequest());
        assertTrue(ledger.order("KUVEYT_TURK", "496", order).voided());
        assertDeclined("21", gateway.voidTransaction(followUp(order, "50.00", "50.00", sale), account()));
        assertDeclined("28", gateway.refund(followUp(order, "10.00", "50.00", sale), account()));
    }

    @Test
    void afterTheDayEndARefundIsPartialThenTheRestAndACancelIsRefused() {
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "100.00", APPROVING), account());
        ledger.closeBatch("KUVEYT_TURK");

        assertDeclined(
                "InvalidRequestError", gateway.voidTransaction(followUp(order, "100.00", "100.00", sale), account()));
        GatewayResult part = gateway.refund(followUp(order, "40.00", "100.00", sale), account());
        assertEquals(GatewayOutcome.APPROVED, part.outcome(), part.exchange().toString());
        assertTrue(part.exchange().maskedRequest().contains("<ser:PartialDrawback>"));
        assertDeclined("InvalidRequestError", gateway.refund(followUp(order, "60.01", "100.00", sale), account()));
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(order, "60.00", "100.00", sale), account())
                        .outcome());
        assertEquals(0, ledger.order("KUVEYT_TURK", "496", order).refundable().signum());
        assertEquals(
                2,
                ledger.newestFirst(Optional.of(order)).stream()
                        .filter(e -> e.type() == LedgerType.REFUND)
                        .count());
    }

    @Test
    void historyShowsTheSaleAndTheRefundedTotalAfterTwoPartialRefunds() {
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "100.00", APPROVING), account());
        ledger.closeBatch("KUVEYT_TURK");
        gateway.refund(followUp(order, "40.00", "100.00", sale), account());
        OrderHistory once = gateway.history(HistoryInquiry.of(order, TRY), account());
        gateway.refund(followUp(order, "25.00", "100.00", sale), account());

        OrderHistory twice = gateway.history(HistoryInquiry.of(order, TRY), account());

        assertTrue(twice.answered(), twice.exchange().failure());
        assertFalse(twice.itemized(), "KuveytTürk reports totals, not each refund");
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.REFUND),
                twice.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(Money.of("100.00", "TRY"), twice.lines().get(0).amount());
        assertEquals(sale.authCode(), twice.lines().get(0).authCode());
        assertEquals(Money.of("40.00", "TRY"), once.lines().get(1).amount());
        assertEquals(Money.of("65.00", "TRY"), twice.lines().get(1).amount(), "everything refunded so far");
        assertEquals("DrawbackAmount", twice.lines().get(1).bankType());
        assertNotNull(twice.lines().get(1).at());
    }

    @Test
    void historyShowsACancelledSaleAsTheSaleAndItsVoid() {
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "50.00", APPROVING), account());
        gateway.voidTransaction(followUp(order, "50.00", "50.00", sale), account());

        OrderHistory h = gateway.history(HistoryInquiry.of(order, TRY), account());

        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.VOID),
                h.lines().stream().map(OrderHistory.Line::kind).toList());
        assertTrue(h.lines().stream().allMatch(OrderHistory.Line::approved));
        assertEquals(Money.of("50.00", "TRY"), h.lines().get(1).amount());
    }

    @Test
    void historyOfADeclinedOrUnknownOrder() {
        String declined = orderId();
        gateway.sale(sale(declined, "10.51", APPROVING), account());

        OrderHistory d = gateway.history(HistoryInquiry.of(declined, TRY), account());
        OrderHistory none = gateway.history(HistoryInquiry.of(orderId(), TRY), account());

        assertEquals(1, d.lines().size());
        assertEquals(GatewayOutcome.DECLINED, d.lines().get(0).outcome());
        assertEquals("51", d.lines().get(0).bankCode());
        assertTrue(none.answered() && none.lines().isEmpty());
        assertFalse(gateway.history(HistoryInquiry.of(orderId(), TRY), account("wrong"))
                .answered());
    }

    @Test
    void aFullRefundAfterTheDayEndIsADrawBack() {
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "20.00", APPROVING), account());
        ledger.closeBatch("KUVEYT_TURK");

        GatewayResult refund = gateway.refund(followUp(order, "20.00", "20.00", sale), account());

        assertEquals(
                GatewayOutcome.APPROVED, refund.outcome(), refund.exchange().toString());
        assertTrue(refund.exchange().maskedRequest().contains("<ser:DrawBack>"));
        assertEquals(
                GatewayOutcome.APPROVED, gateway.status(order, account()).outcome(), "a refunded sale still happened");
    }

    @Test
    void aFollowUpWithoutReferencesAsksTheBankForThemFirst() {
        String order = orderId();
        gateway.sale(sale(order, "30.00", APPROVING), account());

        GatewayResult cancel = gateway.voidTransaction(
                new FollowUp(order, orderId(), Money.of("30.00", "TRY"), Money.of("30.00", "TRY"), 1, Map.of()),
                account());

        assertEquals(
                GatewayOutcome.APPROVED, cancel.outcome(), cancel.exchange().toString());
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.voidTransaction(
                                new FollowUp(
                                        orderId(),
                                        orderId(),
                                        Money.of("30.00", "TRY"),
                                        Money.of("30.00", "TRY"),
                                        1,
                                        Map.of()),
                                account())
                        .outcome());
    }

    @Test
    void statusTellsApprovedDeclinedUnknownAndCancelledOrders() {
        String approved = orderId();
        GatewayResult sale = gateway.sale(sale(approved, "12.00", APPROVING), account());
        String declined = orderId();
        gateway.sale(sale(declined, "12.00", "4546711234567894"), account());

        GatewayResult a = gateway.status(approved, account());
        assertEquals(GatewayOutcome.APPROVED, a.outcome(), a.exchange().toString());
        assertEquals(sale.authCode(), a.authCode());
        assertEquals(sale.hostRefNum(), a.hostRefNum());
        assertEquals(sale.references(), a.references());
        assertDeclined("51", gateway.status(declined, account()));
        assertEquals(
                GatewayOutcome.NOT_SENT, gateway.status(orderId(), account()).outcome());

        gateway.voidTransaction(followUp(approved, "12.00", "12.00", sale), account());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.status(approved, account()).outcome(),
                "a cancelled order needs a person");
    }

    @Test
    void silenceMalformedAnswersAndServerErrorsAreUnknownAndAClosedPortIsNotSent() throws IOException {
        GatewayAccount impatient = account("api123", Duration.ofMillis(700));
        GatewayResult slow = gateway.sale(sale(orderId(), "7777.77", APPROVING), impatient);
        assertEquals(GatewayOutcome.UNKNOWN, slow.outcome());
        assertTrue(
                slow.exchange().failure().contains("deadline"), slow.exchange().failure());

        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "8888.88", APPROVING), account()).outcome());
        GatewayResult http500 = gateway.sale(sale(orderId(), "9999.99", APPROVING), account());
        assertEquals(GatewayOutcome.UNKNOWN, http500.outcome());
        assertEquals(500, http500.exchange().httpStatus());

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        GatewayAccount nowhere = new GatewayAccount(
                1,
                1,
                GatewayFamily.KUVEYT_TURK,
                URI.create("http://127.0.0.1:" + closed + "/kuveytturk/boa.virtualpos.services/Home"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                credentials("api123"));
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.sale(sale(orderId(), "10.00", APPROVING), nowhere).outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.status(orderId(), nowhere).outcome(),
                "an unasked bank settles nothing");
        assertFalse(gateway.testConnection(nowhere).reachable());
    }

    @Test
    void testConnectionTellsGoodCredentialsFromBadOnes() {
        ConnectionCheck good = gateway.testConnection(account());
        assertTrue(good.reachable() && good.credentialsAccepted(), good.toString());

        ConnectionCheck bad = gateway.testConnection(account("wrong"));
        assertTrue(bad.reachable());
        assertFalse(bad.credentialsAccepted());
        assertEquals("HashDataError", bad.bankCode());
    }

    @Test
    void threeDWithTheRightPasswordIsProvisionedWithTheMd() throws Exception {
        String order = orderId();
        ThreeDsSale expected = threeDsSale(order, "250.00", APPROVING);
        ThreeDsStart start = gateway.startThreeDs(threeDs(expected), account());
        assertFalse(start.isFailure(), String.valueOf(start.failure()));
        assertNotNull(start.html());
        assertFalse(start.exchange().maskedRequest().contains(APPROVING));

        Map<String, String> callback = throughTheAcs(start.html(), "123456", "submit");
        ThreeDsFinish finish = gateway.finishThreeDs(
                new ThreeDsCallback(callback, expected, PaymentModel.THREE_D, AuthorizationKind.SALE), account());

        assertTrue(finish.authentic(), finish.rejection());
        assertEquals(
                GatewayOutcome.APPROVED,
                finish.result().outcome(),
                finish.result().exchange().toString());
        assertTrue(finish.result().exchange().maskedRequest().contains("<Key>MD</Key>"));
        LedgerEntry booked = ledger.newestFirst(Optional.of(order)).get(0);
        assertEquals(finish.result().authCode(), booked.authCode());
        assertEquals(new java.math.BigDecimal("250.00"), booked.amount());
        assertFalse(finish.callbackLog().maskedResponse().contains(APPROVING));
    }

    @Test
    void threeDWithAWrongPasswordOrCancelIsAnAuthenticationFailureAndNothingIsBooked() throws Exception {
        for (String[] attempt : new String[][] {{"654321", "submit"}, {"", "cancel"}}) {
            String order = orderId();
            ThreeDsSale expected = threeDsSale(order, "25.00", APPROVING);
            ThreeDsStart start = gateway.startThreeDs(threeDs(expected), account());

            Map<String, String> callback = throughTheAcs(start.html(), attempt[0], attempt[1]);
            ThreeDsFinish finish = gateway.finishThreeDs(
                    new ThreeDsCallback(callback, expected, PaymentModel.THREE_D, AuthorizationKind.SALE), account());

            assertTrue(finish.authentic(), finish.rejection());
            assertDeclined("CardAuthenticationFailed", finish.result());
            assertTrue(ledger.newestFirst(Optional.of(order)).isEmpty());
        }
    }

    @Test
    void threeDForACardThatIsNotEnrolledEndsAtTheStart() {
        ThreeDsStart start =
                gateway.startThreeDs(threeDs(threeDsSale(orderId(), "25.00", "4000000000000069")), account());

        assertTrue(start.isFailure());
        assertDeclined("CardNotEnrolled", start.failure());
    }

    @Test
    void threeDAuthenticatedButDeclinedByTheIssuer() throws Exception {
        ThreeDsSale expected = threeDsSale(orderId(), "25.00", "4546711234567894");
        ThreeDsStart start = gateway.startThreeDs(threeDs(expected), account());
        Map<String, String> callback = throughTheAcs(start.html(), "123456", "submit");

        ThreeDsFinish finish = gateway.finishThreeDs(
                new ThreeDsCallback(callback, expected, PaymentModel.THREE_D, AuthorizationKind.SALE), account());

        assertDeclined("51", finish.result());
    }

    @Test
    void aTamperedCallbackIsRejectedAndNothingIsProvisioned() throws Exception {
        String order = orderId();
        ThreeDsSale expected = threeDsSale(order, "25.00", APPROVING);
        Map<String, String> callback =
                throughTheAcs(gateway.startThreeDs(threeDs(expected), account()).html(), "123456", "submit");
        String xml = URLDecoder.decode(callback.get("AuthenticationResponse"), StandardCharsets.UTF_8);

        assertRejected(xml.replace("<Amount>2500</Amount>", "<Amount>100</Amount>"), expected);
        assertRejected(
                xml.replaceAll("<HashData>[^<]+</HashData>", "<HashData>AAAAAAAAAAAAAAAAAAAAAAAAAAA=</HashData>"),
                expected);
        assertRejected(xml.replaceAll("<HashData>[^<]+</HashData>", ""), expected);
        assertRejected(xml, threeDsSale(orderId(), "25.00", APPROVING));
        assertTrue(ledger.newestFirst(Optional.of(order)).isEmpty());
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.finishThreeDs(
                                new ThreeDsCallback(callback, expected, PaymentModel.THREE_D, AuthorizationKind.SALE),
                                account())
                        .result()
                        .outcome(),
                "the genuine one still works");
    }

    @Test
    void publishesWhatTheBankOffers() {
        assertTrue(gateway.operations()
                .containsAll(List.of(
                        GatewayOperation.SALE,
                        GatewayOperation.VOID,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS)));
        assertFalse(gateway.operations().contains(GatewayOperation.PRE_AUTH)
                || gateway.operations().contains(GatewayOperation.CAPTURE));
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.preAuthorize(sale(orderId(), "1.00", APPROVING), account())
                        .outcome());
        ThreeDsRequest preAuth = new ThreeDsRequest(
                threeDsSale(orderId(), "1.00", APPROVING),
                PaymentModel.THREE_D,
                AuthorizationKind.PRE_AUTH,
                URI.create("https://shop.example/ok"),
                URI.create("https://shop.example/fail"),
                "tr");
        assertTrue(gateway.startThreeDs(preAuth, account()).isFailure());
    }

    private void assertRejected(String xml, ThreeDsSale expected) {
        ThreeDsFinish finish = gateway.finishThreeDs(
                new ThreeDsCallback(
                        Map.of("AuthenticationResponse", URLEncoder.encode(xml, StandardCharsets.UTF_8)),
                        expected,
                        PaymentModel.THREE_D,
                        AuthorizationKind.SALE),
                account());
        assertFalse(finish.authentic(), "accepted: " + xml);
    }

    /** What the payer's browser does: the bank's page posts to the ACS, the ACS form is answered, the callback comes. */
    private Map<String, String> throughTheAcs(String bankPage, String otp, String action) throws Exception {
        KuveytTurkHtmlForm toAcs = KuveytTurkHtmlForm.parse(bankPage).orElseThrow();
        String acsPage = post(toAcs.action(), toAcs.fields());
        assertTrue(acsPage.contains("435508******4358") || acsPage.contains("454671******7894"), acsPage);
        KuveytTurkHtmlForm acsForm = KuveytTurkHtmlForm.parse(acsPage).orElseThrow();
        Map<String, String> answer = new HashMap<>(acsForm.fields());
        answer.put("otp", otp);
        answer.put("action", action);
        KuveytTurkHtmlForm callback =
                KuveytTurkHtmlForm.parse(post(acsForm.action(), answer)).orElseThrow();
        assertTrue(callback.action().startsWith("https://shop.example/"), callback.action());
        return callback.fields();
    }

    private String post(String url, Map<String, String> fields) throws Exception {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static void assertDeclined(String code, GatewayResult r) {
        assertEquals(GatewayOutcome.DECLINED, r.outcome(), r.exchange().toString());
        assertEquals(code, r.bankCode());
    }

    private static String orderId() {
        return String.format("VP260101%012d", SEQUENCE.incrementAndGet() + System.nanoTime() % 1_000_000_000L * 1000);
    }

    private static SaleInstruction sale(String order, String amount, String card) {
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

    private static ThreeDsSale threeDsSale(String order, String amount, String card) {
        return new ThreeDsSale(
                order,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(card),
                CardExpiry.parse("12/30"),
                "000",
                "Şule Yılmaz",
                "10.0.0.1",
                "payer@example.com");
    }

    private static ThreeDsRequest threeDs(ThreeDsSale sale) {
        return new ThreeDsRequest(
                sale,
                PaymentModel.THREE_D,
                AuthorizationKind.SALE,
                URI.create("https://shop.example/ok"),
                URI.create("https://shop.example/fail"),
                "tr");
    }

    private static FollowUp followUp(String order, String amount, String original, GatewayResult sale) {
        return new FollowUp(order, orderId(), Money.of(amount, "TRY"), Money.of(original, "TRY"), 1, sale.references());
    }

    private GatewayAccount account() {
        return account("api123");
    }

    private GatewayAccount account(String password) {
        return account(password, Duration.ofSeconds(5));
    }

    private GatewayAccount account(String password, Duration readTimeout) {
        return new GatewayAccount(
                1,
                1,
                GatewayFamily.KUVEYT_TURK,
                server.uri("/kuveytturk/boa.virtualpos.services/Home"),
                Duration.ofSeconds(2),
                readTimeout,
                credentials(password));
    }

    private static Map<String, String> credentials(String password) {
        return Map.of("merchantId", "496", "customerId", "400235", "userName", "apitest", "password", password);
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
                gateway.sale(sale(order, "42.10", APPROVING), account()).outcome());
        GatewayResult second = gateway.sale(sale(order, "42.10", APPROVING), account());
        assertEquals(GatewayOutcome.UNKNOWN, second.outcome(), second.bankMessage());
        assertTrue(
                second.exchange().failure().contains("DuplicateMerchantOrderId"),
                second.exchange().failure());
    }
}
