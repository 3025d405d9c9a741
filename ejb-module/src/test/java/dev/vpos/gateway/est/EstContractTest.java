package dev.vpos.gateway.est;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
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
import dev.vpos.simulator.est.EstAnswer;
import dev.vpos.simulator.est.EstBank;
import dev.vpos.simulator.est.EstGate;
import dev.vpos.simulator.est.EstMerchants;
import dev.vpos.simulator.est.EstResponseWriter;
import dev.vpos.simulator.est.EstThreeDsSessions;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The EST adapter against the simulated EST bank's own core (bank-simulator), over real HTTP through
 * {@link BankHttpTransport}: every operation, the transport faults of the magic amounts, and the three 3-D models
 * end to end (form → gate → ACS → callback → finish). The browser's part is played by calling the gate core with
 * the form's fields.
 */
class EstContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");

    private static final String API = "/est/fim/api";
    private static final String VISA = "4355084355084358";
    private static final Map<String, String> CREDENTIALS =
            Map.of("apiUser", "ISBANKAPI", "password", "ISBANK07", "clientId", "700655000200", "storeKey", "TRPS0200");

    private final Ledger ledger = new Ledger();
    private final EstMerchants merchants = new EstMerchants(
            Map.of("700655000200", new EstMerchants.Merchant("700655000200", "ISBANKAPI", "ISBANK07", "TRPS0200")));
    private final EstThreeDsSessions sessions = new EstThreeDsSessions();
    private final EstBank bank =
            new EstBank(merchants, ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom(), sessions);
    private final EstGate gate = new EstGate(merchants, bank, sessions, new SecureRandom());
    private final SimulatedBankServer server = new SimulatedBankServer().on(API, this::api);
    private final EstGateway gateway = new EstGateway(new BankHttpTransport());

    /** What the simulator's servlet does, with a 2 s "slow" answer. */
    private Reply api(SimulatedBankServer.Request request) throws IOException {
        EstBank.Decision d = bank.decide(request.body(), request.contentType());
        if (d.statusAnswer().isPresent()) {
            return Reply.of(
                    200,
                    EstResponseWriter.CONTENT_TYPE,
                    EstResponseWriter.write(d.statusAnswer().get()));
        }
        switch (d.verdict().fault()) {
            case HTTP_500 -> {
                return Reply.of(500, "text/html", "<html><body>500</body></html>".getBytes(StandardCharsets.UTF_8));
            }
            case SLOW_ANSWER -> sleep(2000);
            default -> {}
        }
        EstAnswer answer = bank.answer(d);
        byte[] xml = EstResponseWriter.write(answer);
        switch (d.verdict().fault()) {
            case TRUNCATED_XML -> xml = Arrays.copyOf(xml, xml.length / 2);
            case CONNECTION_RESET -> throw new IOException("connection reset (simulated)");
            default -> {}
        }
        return Reply.of(200, EstResponseWriter.CONTENT_TYPE, xml);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private GatewayAccount account() {
        return account(CREDENTIALS, server.uri(API), 3000);
    }

    private static GatewayAccount account(Map<String, String> credentials, URI endpoint, long readTimeoutMs) {
        return new GatewayAccount(
                1,
                1,
                GatewayFamily.EST,
                endpoint,
                Duration.ofSeconds(1),
                Duration.ofMillis(readTimeoutMs),
                credentials);
    }

    private static String orderId() {
        return "VP261123"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    private static SaleInstruction sale(String orderId, String amount, String card) {
        return new SaleInstruction(
                orderId,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(card),
                CardExpiry.parse("12/30"),
                "000",
                "10.0.0.1",
                "payer@example.com");
    }

    private static FollowUp followUp(String orderId, String amount, String original) {
        return new FollowUp(orderId, orderId(), Money.of(amount, "TRY"), Money.of(original, "TRY"), 1, Map.of());
    }

    private List<LedgerEntry> booked(String orderId) {
        return ledger.entriesOf("EST", "700655000200", orderId);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- non-3D ---------------------------------------------------------------------------------------------

    @Test
    void aSaleIsApprovedAndTheLedgerHasTheSameCodes() {
        String order = orderId();

        GatewayResult r = gateway.sale(sale(order, "100.25", VISA), account());

        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.bankMessage());
        LedgerEntry e = booked(order).get(0);
        assertEquals(r.authCode(), e.authCode());
        assertEquals(r.hostRefNum(), e.hostRefNum());
        assertEquals(r.transId(), e.transId());
        assertEquals(LedgerType.SALE, e.type());
        assertFalse(r.exchange().maskedRequest().contains(VISA));
    }

    @Test
    void theDeclineCardsAreDeclinedWithTheirCodes() {
        assertEquals("51", declined(sale(orderId(), "10.00", "4546711234567894")));
        assertEquals("05", declined(sale(orderId(), "10.00", "4000000000000002")));
        assertEquals("41", declined(sale(orderId(), "10.00", "4000000000000044")));
        assertEquals("41", declined(sale(orderId(), "10.41", VISA)));
    }

    private String declined(SaleInstruction s) {
        GatewayResult r = gateway.sale(s, account());
        assertEquals(GatewayOutcome.DECLINED, r.outcome());
        return r.bankCode();
    }

    @Test
    void aPreAuthorisationIsCapturedInPartThenRefundedInPartsAfterTheDayEnd() {
        String order = orderId();
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.preAuthorize(sale(order, "100.00", VISA), account()).outcome());
        assertEquals(LedgerType.PRE_AUTH, booked(order).get(0).type());

        GatewayResult capture = gateway.capture(followUp(order, "80.00", "100.00"), account());
        assertEquals(GatewayOutcome.APPROVED, capture.outcome(), capture.bankMessage());
        assertEquals(capture.transId(), booked(order).get(0).transId());

        GatewayResult early = gateway.refund(followUp(order, "30.00", "80.00"), account());
        assertEquals(GatewayOutcome.DECLINED, early.outcome());
        assertTrue(early.bankMessage().contains("CORE-2508"), early.bankMessage());

        ledger.closeBatch("EST");
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(order, "30.00", "80.00"), account()).outcome());
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(order, "50.00", "80.00"), account()).outcome());
        assertEquals(
                GatewayOutcome.DECLINED,
                gateway.refund(followUp(order, "0.01", "80.00"), account()).outcome());
        assertEquals(0, ledger.order("EST", "700655000200", order).refundable().signum());
    }

    @Test
    void aSaleIsVoidedTheSameDayOnceAndNotAfterTheDayEnd() {
        String order = orderId();
        String closed = orderId();
        gateway.sale(sale(order, "20.00", VISA), account());
        gateway.sale(sale(closed, "20.00", VISA), account());

        GatewayResult v = gateway.voidTransaction(followUp(order, "20.00", "20.00"), account());

        assertEquals(GatewayOutcome.APPROVED, v.outcome(), v.bankMessage());
        assertEquals(LedgerType.VOID, booked(order).get(0).type());
        assertEquals(
                GatewayOutcome.DECLINED,
                gateway.voidTransaction(followUp(order, "20.00", "20.00"), account())
                        .outcome());
        ledger.closeBatch("EST");
        GatewayResult late = gateway.voidTransaction(followUp(closed, "20.00", "20.00"), account());
        assertEquals(GatewayOutcome.DECLINED, late.outcome());
        assertTrue(late.bankMessage().contains("CORE-2008"), late.bankMessage());
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(closed, "20.00", "20.00"), account()).outcome());
    }

    @Test
    void statusTellsApprovedDeclinedAndUnknownOrders() {
        String approved = orderId();
        String declined = orderId();
        GatewayResult sale = gateway.sale(sale(approved, "10.00", VISA), account());
        gateway.sale(sale(declined, "10.51", VISA), account());

        GatewayResult a = gateway.status(approved, account());
        assertEquals(GatewayOutcome.APPROVED, a.outcome());
        assertEquals(sale.authCode(), a.authCode());
        assertEquals(sale.transId(), a.transId());
        GatewayResult d = gateway.status(declined, account());
        assertEquals(GatewayOutcome.DECLINED, d.outcome());
        assertEquals("51", d.bankCode());
        assertEquals(
                GatewayOutcome.NOT_SENT, gateway.status(orderId(), account()).outcome());
    }

    @Test
    void historyListsTheSaleAndItsRefunds() {
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "100.00", VISA), account());
        ledger.closeBatch("EST");
        GatewayResult refund = gateway.refund(followUp(order, "25.50", "100.00"), account());

        OrderHistory h = gateway.history(HistoryInquiry.of(order, TRY), account());

        assertTrue(h.answered(), h.exchange().failure());
        assertEquals(2, h.lines().size());
        OrderHistory.Line first = h.lines().get(0);
        assertEquals(HistoryKind.REFUND, first.kind());
        assertEquals(Money.of("25.50", "TRY"), first.amount());
        assertEquals(refund.transId(), first.transId());
        OrderHistory.Line second = h.lines().get(1);
        assertEquals(HistoryKind.SALE, second.kind());
        assertEquals(GatewayOutcome.APPROVED, second.outcome());
        assertEquals(sale.authCode(), second.authCode());
        assertEquals(sale.hostRefNum(), second.hostRefNum());
        assertTrue(gateway.history(HistoryInquiry.of(orderId(), TRY), account()).answered());
        assertTrue(gateway.history(HistoryInquiry.of(orderId(), TRY), account())
                .lines()
                .isEmpty());
    }

    @Test
    void historyShowsAVoidedSaleAsTheSaleAndItsVoid() {
        String order = orderId();
        gateway.sale(sale(order, "80.00", VISA), account());
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.voidTransaction(followUp(order, "80.00", "80.00"), account())
                        .outcome());

        OrderHistory h = gateway.history(new HistoryInquiry(order, TRY, AuthorizationKind.SALE, List.of()), account());

        assertTrue(h.answered() && h.itemized(), h.exchange().failure());
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.VOID),
                h.lines().stream().map(OrderHistory.Line::kind).toList());
        assertTrue(h.lines().stream().allMatch(OrderHistory.Line::approved));
        assertEquals(Money.of("80.00", "TRY"), h.lines().get(1).amount());
        assertEquals("S/V", h.lines().get(1).bankType());
        assertNotNull(h.lines().get(1).at(), "the void's time");
    }

    @Test
    void historyShowsAPreAuthorisationAndItsPartialCapture() {
        String order = orderId();
        gateway.preAuthorize(sale(order, "100.00", VISA), account());
        OrderHistory before =
                gateway.history(new HistoryInquiry(order, TRY, AuthorizationKind.PRE_AUTH, List.of()), account());
        assertEquals(
                List.of(HistoryKind.PRE_AUTH),
                before.lines().stream().map(OrderHistory.Line::kind).toList(),
                "not captured yet");

        gateway.capture(followUp(order, "60.00", "100.00"), account());
        OrderHistory after = gateway.history(HistoryInquiry.of(order, TRY), account());

        assertEquals(
                List.of(HistoryKind.PRE_AUTH, HistoryKind.CAPTURE),
                after.lines().stream().map(OrderHistory.Line::kind).toList(),
                "less captured than authorised: a capture, whatever the inquiry knew");
        assertEquals(Money.of("100.00", "TRY"), after.lines().get(0).amount());
        assertEquals(Money.of("60.00", "TRY"), after.lines().get(1).amount());
    }

    @Test
    void historyAmountsAreInTheOrdersCurrencyAtItsScale() {
        String order = orderId();
        gateway.sale(sale(order, "12.34", VISA), account());

        OrderHistory h = gateway.history(HistoryInquiry.of(order, Currency.getInstance("JPY")), account());

        assertEquals(Money.of("1234", "JPY"), h.lines().get(0).amount(), "EST's minor units read at the order's scale");
    }

    @Test
    void aSlowBankIsUnknownNeverDeclined() {
        GatewayResult r = gateway.sale(sale(orderId(), "7777.77", VISA), account(CREDENTIALS, server.uri(API), 500));

        assertEquals(GatewayOutcome.UNKNOWN, r.outcome());
    }

    @Test
    void aBrokenAnswerAnHttp500AndAResetConnectionAreUnknown() {
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "8888.88", VISA), account()).outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "9999.99", VISA), account()).outcome());
        String reset = orderId();
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(reset, "6666.66", VISA), account()).outcome());
        assertEquals(GatewayOutcome.APPROVED, gateway.status(reset, account()).outcome(), "the bank did book it");
    }

    @Test
    void aClosedPortIsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        GatewayResult r = gateway.sale(
                sale(orderId(), "10.00", VISA),
                account(CREDENTIALS, URI.create("http://127.0.0.1:" + closedPort + API), 1000));

        assertEquals(GatewayOutcome.NOT_SENT, r.outcome());
    }

    // ---- 3-D --------------------------------------------------------------------------------------------------

    private static ThreeDsSale threeDsSale(String orderId, String amount, String card) {
        return new ThreeDsSale(
                orderId,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(card),
                CardExpiry.parse("12/30"),
                "000",
                "Ayse Yilmaz",
                "10.0.0.1",
                "payer@example.com");
    }

    private ThreeDsStart start(ThreeDsSale sale, PaymentModel model, AuthorizationKind kind) {
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        sale,
                        model,
                        kind,
                        URI.create("https://shop.example/cb/ok"),
                        URI.create("https://shop.example/cb/fail"),
                        "tr"),
                account());
        assertFalse(start.isFailure(), () -> String.valueOf(start.failure()));
        assertEquals(server.uri("/est/fim/est3Dgate"), start.action());
        return start;
    }

    /** The browser: the form to the gate, then (3D Host) the card, then the OTP (or Cancel when otp is null). */
    private EstGate.Callback browse(ThreeDsStart start, String otp) {
        EstGate.Step step = gate.submit(start.fields());
        if (step instanceof EstGate.CardForm form) {
            step = gate.card(Map.of(
                    "token",
                    form.token(),
                    "pan",
                    VISA,
                    "Ecom_Payment_Card_ExpDate_Month",
                    "12",
                    "Ecom_Payment_Card_ExpDate_Year",
                    "30",
                    "cv2",
                    "000"));
        }
        if (step instanceof EstGate.AcsPage acs) {
            assertEquals("435508******4358", acs.maskedPan());
            step = gate.acs(
                    otp == null
                            ? Map.of("token", acs.token(), "cancel", "1")
                            : Map.of("token", acs.token(), "otp", otp));
        }
        return assertInstanceOf(EstGate.Callback.class, step);
    }

    private ThreeDsFinish finish(
            EstGate.Callback callback, ThreeDsSale expected, PaymentModel model, AuthorizationKind kind) {
        return gateway.finishThreeDs(new ThreeDsCallback(callback.fields(), expected, model, kind), account());
    }

    @Test
    void threeDWithTheRightPasswordIsProvisionedByTheAdapter() {
        ThreeDsSale sale = threeDsSale(orderId(), "150.00", VISA);
        ThreeDsStart start = start(sale, PaymentModel.THREE_D, AuthorizationKind.SALE);
        assertFalse(
                start.exchange().maskedRequest().contains(VISA),
                start.exchange().maskedRequest());
        assertTrue(
                start.exchange().maskedRequest().contains("cv2=***"),
                start.exchange().maskedRequest());

        EstGate.Callback callback = browse(start, "123456");
        assertEquals("https://shop.example/cb/ok", callback.url());
        assertEquals(0, booked(sale.bankOrderId()).size(), "3D: the gate provisions nothing");
        ThreeDsFinish f = finish(callback, sale, PaymentModel.THREE_D, AuthorizationKind.SALE);

        assertTrue(f.authentic(), f.rejection());
        assertEquals(GatewayOutcome.APPROVED, f.result().outcome(), f.result().bankMessage());
        assertTrue(f.result()
                .exchange()
                .maskedRequest()
                .contains("<PayerAuthenticationCode>***</PayerAuthenticationCode>"));
        assertEquals(f.result().transId(), booked(sale.bankOrderId()).get(0).transId());
        assertFalse(f.callbackLog().maskedResponse().contains(callback.fields().get("cavv")));
        ThreeDsFinish replay = finish(callback, sale, PaymentModel.THREE_D, AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.DECLINED, replay.result().outcome(), "an md provisions once");
    }

    @Test
    void threeDWithAWrongPasswordOrCancelIsAThreeDFailure() {
        ThreeDsSale sale = threeDsSale(orderId(), "150.00", VISA);
        EstGate.Callback wrong = browse(start(sale, PaymentModel.THREE_D, AuthorizationKind.SALE), "654321");
        assertEquals("https://shop.example/cb/fail", wrong.url());

        ThreeDsFinish f = finish(wrong, sale, PaymentModel.THREE_D, AuthorizationKind.SALE);
        assertTrue(f.authentic(), f.rejection());
        assertEquals(GatewayOutcome.DECLINED, f.result().outcome());
        assertEquals("MD:0", f.result().bankCode());

        ThreeDsFinish cancelled = finish(
                browse(start(sale, PaymentModel.THREE_D, AuthorizationKind.SALE), null),
                sale,
                PaymentModel.THREE_D,
                AuthorizationKind.SALE);
        assertEquals("MD:0", cancelled.result().bankCode());
        assertTrue(booked(sale.bankOrderId()).isEmpty());
    }

    @Test
    void aNotEnrolledCardComesBackAtOnceAsMdStatusTwo() {
        ThreeDsSale sale = threeDsSale(orderId(), "15.00", "4000000000000069");
        EstGate.Step step = gate.submit(
                start(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE).fields());
        EstGate.Callback callback = assertInstanceOf(EstGate.Callback.class, step);

        ThreeDsFinish f = finish(callback, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.DECLINED, f.result().outcome());
        assertEquals("MD:2", f.result().bankCode());
        assertTrue(booked(sale.bankOrderId()).isEmpty());
    }

    @Test
    void threeDPayIsProvisionedByTheGateApprovedOrDeclined() {
        ThreeDsSale ok = threeDsSale(orderId(), "99.00", VISA);
        ThreeDsFinish approved = finish(
                browse(start(ok, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE), "123456"),
                ok,
                PaymentModel.THREE_D_PAY,
                AuthorizationKind.SALE);
        assertEquals(
                GatewayOutcome.APPROVED,
                approved.result().outcome(),
                approved.result().bankMessage());
        assertEquals(
                approved.result().authCode(), booked(ok.bankOrderId()).get(0).authCode());

        ThreeDsSale poor = threeDsSale(orderId(), "99.51", VISA);
        EstGate.Callback callback = browse(start(poor, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE), "123456");
        assertEquals("https://shop.example/cb/fail", callback.url());
        ThreeDsFinish declined = finish(callback, poor, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.DECLINED, declined.result().outcome());
        assertEquals("51", declined.result().bankCode());
    }

    @Test
    void threeDHostTakesTheCardOnTheBanksPageAndProvisions() {
        ThreeDsSale sale = ThreeDsSale.withoutCard(orderId(), Money.of("42.00", "TRY"), 1, "10.0.0.1", null);
        ThreeDsStart start = start(sale, PaymentModel.THREE_D_HOST, AuthorizationKind.SALE);
        assertFalse(start.fields().containsKey("pan"));
        assertEquals("3d_pay_hosting", start.fields().get("storetype"));

        ThreeDsFinish f = finish(browse(start, "123456"), sale, PaymentModel.THREE_D_HOST, AuthorizationKind.SALE);

        assertEquals(GatewayOutcome.APPROVED, f.result().outcome(), f.result().bankMessage());
        assertEquals("435508******4358", booked(sale.bankOrderId()).get(0).maskedPan());
    }

    @Test
    void aThreeDPreAuthorisationIsCapturedLater() {
        ThreeDsSale sale = threeDsSale(orderId(), "300.00", VISA);
        ThreeDsFinish f = finish(
                browse(start(sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH), "123456"),
                sale,
                PaymentModel.THREE_D,
                AuthorizationKind.PRE_AUTH);
        assertEquals(GatewayOutcome.APPROVED, f.result().outcome(), f.result().bankMessage());
        assertEquals(LedgerType.PRE_AUTH, booked(sale.bankOrderId()).get(0).type());

        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.capture(followUp(sale.bankOrderId(), "250.00", "300.00"), account())
                        .outcome());
    }

    @Test
    void aTamperedCallbackIsRejectedAndNothingIsProvisioned() {
        ThreeDsSale sale = threeDsSale(orderId(), "150.00", VISA);
        EstGate.Callback callback = browse(start(sale, PaymentModel.THREE_D, AuthorizationKind.SALE), "123456");

        Map<String, String> cheaper = new HashMap<>(callback.fields());
        cheaper.put("amount", "1.50");
        assertRejected(cheaper, sale, "HASH");
        Map<String, String> forged = new HashMap<>(callback.fields());
        forged.put("HASH", EstHashV3.of(cheaper, "not-the-store-key"));
        assertRejected(forged, sale, "HASH");
        ThreeDsSale other = threeDsSale(orderId(), "150.00", VISA);
        assertRejected(callback.fields(), other, "order");
        ThreeDsSale dearer =
                new ThreeDsSale(sale.bankOrderId(), Money.of("150.01", "TRY"), 1, null, null, null, null, null, null);
        assertRejected(callback.fields(), dearer, "amount");
        ThreeDsFinish asPay = gateway.finishThreeDs(
                new ThreeDsCallback(callback.fields(), sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE),
                account());
        assertFalse(asPay.authentic());
        assertTrue(booked(sale.bankOrderId()).isEmpty());
    }

    private void assertRejected(Map<String, String> posted, ThreeDsSale expected, String why) {
        ThreeDsFinish f = gateway.finishThreeDs(
                new ThreeDsCallback(posted, expected, PaymentModel.THREE_D, AuthorizationKind.SALE), account());
        assertFalse(f.authentic());
        assertTrue(f.rejection().contains(why), f.rejection());
    }

    @Test
    void aWrongStoreKeyIsRefusedByTheGateAndItsCallbackDoesNotVerifyWithTheWrongKey() {
        Map<String, String> wrongKey = new HashMap<>(CREDENTIALS);
        wrongKey.put("storeKey", "WRONG");
        GatewayAccount wrong = account(wrongKey, server.uri(API), 3000);
        ThreeDsSale sale = threeDsSale(orderId(), "10.00", VISA);
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        sale,
                        PaymentModel.THREE_D_PAY,
                        AuthorizationKind.SALE,
                        URI.create("https://shop.example/ok"),
                        URI.create("https://shop.example/fail"),
                        "en"),
                wrong);

        EstGate.Callback callback = assertInstanceOf(EstGate.Callback.class, gate.submit(start.fields()));
        assertEquals("HPP-1003", callback.fields().get("ErrorCode"));
        assertEquals("https://shop.example/fail", callback.url());
        assertFalse(gateway.finishThreeDs(
                        new ThreeDsCallback(callback.fields(), sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE),
                        wrong)
                .authentic());
        ThreeDsFinish withTheRightKey = finish(callback, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertEquals("HPP-1003", withTheRightKey.result().bankCode());
    }

    @Test
    void withoutAStoreKeyThreeDIsNotStarted() {
        Map<String, String> noKey = new HashMap<>(CREDENTIALS);
        noKey.remove("storeKey");
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        threeDsSale(orderId(), "10.00", VISA),
                        PaymentModel.THREE_D,
                        AuthorizationKind.SALE,
                        URI.create("https://shop.example/ok"),
                        URI.create("https://shop.example/fail"),
                        "tr"),
                account(noKey, server.uri(API), 3000));

        assertTrue(start.isFailure());
        assertEquals(GatewayOutcome.NOT_SENT, start.failure().outcome());
    }

    @Test
    void aSaleDeliveredTwiceIsUnknownTheSecondTimeNeverDeclined() {
        // a network or proxy that resends our request: the bank refuses the order id it has just approved
        String order = orderId();
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.sale(sale(order, "42.10", VISA), account()).outcome());
        GatewayResult second = gateway.sale(sale(order, "42.10", VISA), account());
        assertEquals(GatewayOutcome.UNKNOWN, second.outcome(), second.bankMessage());
        assertTrue(
                second.exchange().failure().contains("CORE-2050"),
                second.exchange().failure());
    }
}
