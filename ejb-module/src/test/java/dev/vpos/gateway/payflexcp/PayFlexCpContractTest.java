package dev.vpos.gateway.payflexcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.BankLedgerFaults;
import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.payflexcp.PayFlexCpBank;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * VakıfBank Common Payment through the adapter and the simulated bank: the registration and the inquiry over HTTP, the
 * payer's pages on the simulator's core (card page, ACS), the payer's return handed to {@code finishThreeDs}; cancel and
 * refund over HTTP to the simulated VPOS service.
 */
class PayFlexCpContractTest {

    private static final URI SUCCESS = URI.create("https://shop.example/vpos/3ds/callback/abc");
    private static final String CARD = "4355084355084358";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private final PayFlexCpSimulatedBank sim = new PayFlexCpSimulatedBank();
    private final PayFlexCpGateway gateway = new PayFlexCpGateway(new BankHttpTransport());
    private final GatewayAccount account = sim.account();

    @AfterEach
    void stop() {
        sim.close();
    }

    static String orderId() {
        return "CP" + SEQ.incrementAndGet();
    }

    private static ThreeDsSale sale(String orderId, String amount, String pan) {
        return new ThreeDsSale(
                orderId,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "123",
                "Ayşe Yılmaz",
                "127.0.0.1",
                "payer@example.com");
    }

    private ThreeDsStart start(ThreeDsSale sale, PaymentModel model) {
        ThreeDsSale registered = model == PaymentModel.THREE_D_HOST
                ? ThreeDsSale.withoutCard(sale.bankOrderId(), sale.amount(), sale.installments(), "127.0.0.1", null)
                : sale;
        return gateway.startThreeDs(
                new ThreeDsRequest(registered, model, AuthorizationKind.SALE, SUCCESS, SUCCESS, "tr"), account);
    }

    /** Registers, walks the bank's pages and answers the ACS: the fields the payer's browser brings back. */
    private Map<String, String> pay(ThreeDsSale sale, PaymentModel model, String otp) {
        ThreeDsStart start = start(sale, model);
        assertFalse(start.isFailure(), String.valueOf(start.failure()));
        assertEquals(
                sim.server.uri(PayFlexCpBank.PAGE_PATH).getPath(),
                start.action().getPath());
        String token = start.fields().get("Ptkn");
        assertEquals("Ptkn=" + token, start.action().getQuery());
        PayFlexCpBank.Page page = sim.bank.page(token);
        if (model == PaymentModel.THREE_D_HOST) {
            assertEquals(PayFlexCpBank.Page.Kind.CARD_FORM, page.kind(), page.html());
            page = sim.bank.card(Map.of(
                    "Ptkn", token,
                    "Pan", sale.card().digits(),
                    "ExpireMonth", "12",
                    "ExpireYear", "30",
                    "Cvv", "123",
                    "CardHoldersName", "Ayse Yilmaz"));
        }
        assertEquals(PayFlexCpBank.Page.Kind.ACS, page.kind(), page.html());
        page = sim.bank.authenticate(Map.of("Ptkn", token, "Otp", otp));
        assertEquals(PayFlexCpBank.Page.Kind.CALLBACK, page.kind(), page.html());
        assertEquals(SUCCESS.toString(), page.callbackUrl());
        return page.callbackFields();
    }

    private ThreeDsFinish finish(Map<String, String> returned, ThreeDsSale expected, PaymentModel model) {
        return gateway.finishThreeDs(new ThreeDsCallback(returned, expected, model, AuthorizationKind.SALE), account);
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf(PayFlexCpBank.FAMILY, PayFlexCpSimulatedBank.MERCHANT, orderId);
    }

    private GatewayResult paid(String orderId, String amount, PaymentModel model) {
        ThreeDsSale sale = sale(orderId, amount, CARD);
        ThreeDsFinish done = finish(pay(sale, model, "123456"), sale, model);
        assertTrue(done.authentic(), done.rejection());
        assertEquals(
                GatewayOutcome.APPROVED, done.result().outcome(), done.result().toString());
        return done.result();
    }

    private static FollowUp followUp(String orderId, String amount, String original, GatewayResult sale) {
        return new FollowUp(
                orderId,
                "F" + SEQ.incrementAndGet(),
                Money.of(amount, "TRY"),
                Money.of(original, "TRY"),
                1,
                sale.references());
    }

    @Test
    void threeDPayRegistersTheCardAndIsPaidOnceTheBanksInquiryHoldsOurAmount() {
        String id = orderId();
        ThreeDsStart start = start(sale(id, "150.00", CARD), PaymentModel.THREE_D_PAY);
        String logged = start.exchange().maskedRequest();
        assertTrue(logged.contains("Amount=150.00") && logged.contains("OrderID=" + id), logged);
        assertFalse(logged.contains(CARD), "the card number never reaches the log: " + logged);
        assertTrue(logged.contains("MerchantPassword=***") && logged.contains("CVV=***"), logged);

        ThreeDsSale sale = sale(id, "150.00", CARD);
        ThreeDsFinish done = finish(pay(sale, PaymentModel.THREE_D_PAY, "123456"), sale, PaymentModel.THREE_D_PAY);
        assertTrue(done.authentic(), done.rejection());
        GatewayResult r = done.result();
        assertEquals(GatewayOutcome.APPROVED, r.outcome());
        assertEquals("0000", r.bankCode());
        assertEquals(6, r.authCode().length());
        assertEquals(r.transId(), r.references().get(PayFlexCpGateway.REF_TRANSACTION_ID));
        assertTrue(
                r.exchange().maskedRequest().contains("Password=***"),
                r.exchange().maskedRequest());
        LedgerEntry booked = ledger(id).get(0);
        assertEquals(new BigDecimal("150.00"), booked.amount());
        assertEquals(r.transId(), booked.transId());
    }

    @Test
    void threeDHostTakesTheCardOnTheBanksPageAndIsPaid() {
        String id = orderId();
        ThreeDsStart start = start(sale(id, "75.50", CARD), PaymentModel.THREE_D_HOST);
        assertFalse(start.exchange().maskedRequest().contains("PAN="), "3D Host registers no card");
        GatewayResult r = paid(id, "75.50", PaymentModel.THREE_D_HOST);
        assertEquals(new BigDecimal("75.50"), ledger(id).get(0).amount());
        assertTrue(r.transId().matches("[0-9a-f]{32}"), r.transId());
    }

    @Test
    void aWrongPasswordAtTheAcsIsDeclinedWithTheBanksThreeDCode() {
        String id = orderId();
        ThreeDsSale sale = sale(id, "150.00", CARD);
        ThreeDsFinish done = finish(pay(sale, PaymentModel.THREE_D_PAY, "000000"), sale, PaymentModel.THREE_D_PAY);
        assertTrue(done.authentic(), done.rejection());
        assertEquals(GatewayOutcome.DECLINED, done.result().outcome());
        assertEquals("0400", done.result().bankCode());
        assertFalse(sim.ledger.hasApproved(PayFlexCpBank.FAMILY, PayFlexCpSimulatedBank.MERCHANT, id));
    }

    @Test
    void aDeclineCarriesTheBanksCodeAndMessage() {
        String id = orderId();
        ThreeDsSale sale = sale(id, "25.00", "4546711234567894");
        ThreeDsFinish done = finish(pay(sale, PaymentModel.THREE_D_HOST, "123456"), sale, PaymentModel.THREE_D_HOST);
        assertEquals(GatewayOutcome.DECLINED, done.result().outcome());
        assertEquals("0051", done.result().bankCode());
        assertEquals("BAKİYESİ-KREDİ LİMİTİ YETERSİZ", done.result().bankMessage());
    }

    @Test
    void aReturnThatClaimsSuccessIsJudgedByTheBanksInquiry() {
        String id = orderId();
        ThreeDsSale sale = sale(id, "150.00", CARD);
        Map<String, String> returned = new HashMap<>(pay(sale, PaymentModel.THREE_D_PAY, "000000"));
        returned.put("Rc", "0000");
        returned.put("Message", "İŞLEM BAŞARILI");
        ThreeDsFinish done = finish(returned, sale, PaymentModel.THREE_D_PAY);
        assertEquals(GatewayOutcome.DECLINED, done.result().outcome(), "the bank's own word: declined");
        assertEquals("0400", done.result().bankCode());
    }

    @Test
    void tamperedOrForeignReturnsAreRefusedAndChangeNothing() {
        String id = orderId();
        ThreeDsSale sale = sale(id, "150.00", CARD);
        Map<String, String> returned = pay(sale, PaymentModel.THREE_D_PAY, "123456");

        Map<String, String> amount = new HashMap<>(returned);
        amount.put("Amount", "1,50");
        assertFalse(finish(amount, sale, PaymentModel.THREE_D_PAY).authentic(), "another amount in the return");

        Map<String, String> token = new HashMap<>(returned);
        token.put("PaymentToken", "0123456789abcdef0123456789abcdef");
        ThreeDsFinish forged = finish(token, sale, PaymentModel.THREE_D_PAY);
        assertFalse(forged.authentic(), "a token the bank does not know");
        assertTrue(forged.rejection().contains("5024"), forged.rejection());

        Map<String, String> none = new HashMap<>(returned);
        none.remove("TransactionId");
        assertFalse(finish(none, sale, PaymentModel.THREE_D_PAY).authentic());

        // a genuine payment of 1.50 returned against our order of 150.00: the bank's inquiry names its amount
        ThreeDsSale small = sale(orderId(), "1.50", CARD);
        Map<String, String> other = new HashMap<>(pay(small, PaymentModel.THREE_D_PAY, "123456"));
        other.remove("Amount");
        other.remove("OrderID");
        ThreeDsFinish foreign = finish(other, sale, PaymentModel.THREE_D_PAY);
        assertFalse(foreign.authentic());
        assertTrue(foreign.rejection().contains("order"), foreign.rejection());
    }

    @Test
    void aRegistrationTheBankRefusesBooksNothing() {
        String id = orderId();
        GatewayAccount wrong = sim.account("not-the-password", Duration.ofSeconds(5));
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        sale(id, "150.00", CARD),
                        PaymentModel.THREE_D_PAY,
                        AuthorizationKind.SALE,
                        SUCCESS,
                        SUCCESS,
                        "tr"),
                wrong);
        assertTrue(start.isFailure());
        assertEquals(GatewayOutcome.DECLINED, start.failure().outcome());
        assertEquals("9065", start.failure().bankCode());
        assertTrue(ledger(id).isEmpty());
    }

    @Test
    void onlyTheBanksPagesAndSalesAreOffered() {
        ThreeDsSale sale = sale(orderId(), "10.00", CARD);
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.startThreeDs(
                                new ThreeDsRequest(
                                        sale, PaymentModel.THREE_D, AuthorizationKind.SALE, SUCCESS, SUCCESS, "tr"),
                                account)
                        .failure()
                        .outcome());
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.startThreeDs(
                                new ThreeDsRequest(
                                        sale,
                                        PaymentModel.THREE_D_HOST,
                                        AuthorizationKind.PRE_AUTH,
                                        SUCCESS,
                                        SUCCESS,
                                        "tr"),
                                account)
                        .failure()
                        .outcome());
        assertEquals(GatewayOutcome.NOT_SENT, gateway.sale(null, account).outcome());
    }

    @Test
    void anInquiryThatTimesOutLeavesThePaymentUnknown() {
        String id = orderId();
        ThreeDsSale sale = sale(id, "7777.77", CARD);
        Map<String, String> returned = pay(sale, PaymentModel.THREE_D_PAY, "123456");
        ThreeDsFinish done = gateway.finishThreeDs(
                new ThreeDsCallback(returned, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE),
                sim.account(PayFlexCpSimulatedBank.PASSWORD, Duration.ofMillis(700)));
        assertEquals(GatewayOutcome.UNKNOWN, done.result().outcome());
        GatewayResult settled = gateway.status(id, account);
        assertEquals(GatewayOutcome.APPROVED, settled.outcome(), "the search by order id settles it: " + settled);
        assertEquals(returned.get("TransactionId"), settled.references().get(PayFlexCpGateway.REF_TRANSACTION_ID));

        ThreeDsSale broken = sale(orderId(), "8888.88", CARD);
        ThreeDsFinish unreadable =
                finish(pay(broken, PaymentModel.THREE_D_PAY, "123456"), broken, PaymentModel.THREE_D_PAY);
        assertEquals(GatewayOutcome.UNKNOWN, unreadable.result().outcome());
    }

    @Test
    void cancelTakesTheWholeSaleBackBeforeDayEndAndOnlyOnce() {
        String id = orderId();
        GatewayResult sale = paid(id, "100.00", PaymentModel.THREE_D_HOST);
        FollowUp cancel = followUp(id, "100.00", "100.00", sale);
        GatewayResult voided = gateway.voidTransaction(cancel, account);
        assertEquals(GatewayOutcome.APPROVED, voided.outcome(), voided.toString());
        assertTrue(voided.exchange().maskedRequest().contains("<ReferenceTransactionId>" + sale.transId()));
        assertEquals(LedgerType.VOID, ledger(id).get(0).type());

        GatewayResult again = gateway.voidTransaction(followUp(id, "100.00", "100.00", sale), account);
        assertEquals(GatewayOutcome.DECLINED, again.outcome());
        assertEquals("1083", again.bankCode());
        GatewayResult sameId = gateway.voidTransaction(cancel, account);
        assertEquals(GatewayOutcome.UNKNOWN, sameId.outcome(), "a follow-up id the bank saw: ask, never decline");
    }

    @Test
    void refundsPartAndThenTheRestAfterDayEndButNotBefore() {
        String id = orderId();
        GatewayResult sale = paid(id, "200.00", PaymentModel.THREE_D_PAY);
        GatewayResult early = gateway.refund(followUp(id, "50.00", "200.00", sale), account);
        assertEquals(GatewayOutcome.DECLINED, early.outcome());
        assertEquals("1089", early.bankCode());

        sim.ledger.closeBatch(PayFlexCpBank.FAMILY);
        GatewayResult part = gateway.refund(followUp(id, "50.00", "200.00", sale), account);
        assertEquals(GatewayOutcome.APPROVED, part.outcome(), part.toString());
        GatewayResult rest = gateway.refund(followUp(id, "150.00", "200.00", sale), account);
        assertEquals(GatewayOutcome.APPROVED, rest.outcome(), rest.toString());
        GatewayResult more = gateway.refund(followUp(id, "0.01", "200.00", sale), account);
        assertEquals(GatewayOutcome.DECLINED, more.outcome());
        assertEquals("1059", more.bankCode());
        assertEquals(
                new BigDecimal("200.00"),
                ledger(id).stream()
                        .filter(e -> e.type() == LedgerType.REFUND)
                        .map(LedgerEntry::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        GatewayResult cancel = gateway.voidTransaction(followUp(id, "200.00", "200.00", sale), account);
        assertEquals("2202", cancel.bankCode());
    }

    @Test
    void aFollowUpWithoutTheSalesTransactionIdIsNotSent() {
        FollowUp u = new FollowUp("X1", "F1", Money.of("1.00", "TRY"), Money.of("1.00", "TRY"), 1, Map.of());
        assertEquals(GatewayOutcome.NOT_SENT, gateway.refund(u, account).outcome());
    }

    @Test
    void theConnectionCheckTellsAcceptedFromRefusedCredentials() {
        ConnectionCheck ok = gateway.testConnection(account);
        assertTrue(ok.reachable() && ok.credentialsAccepted(), ok.toString());
        ConnectionCheck refused = gateway.testConnection(sim.account("not-the-password", Duration.ofSeconds(5)));
        assertTrue(refused.reachable());
        assertFalse(refused.credentialsAccepted());
        assertEquals("9065", refused.bankCode());
    }

    @Test
    void theVposUrlIsDerivedFromTheEndpoint() {
        assertEquals(
                URI.create("https://onlineodemetest.vakifbank.com.tr:4443/VposService/v3/Vposreq.aspx"),
                PayFlexCpCredentials.derivedVposUrl(URI.create("https://cptest.vakifbank.com.tr/CommonPayment/api"))
                        .orElseThrow());
        assertEquals(
                sim.server.uri(PayFlexCpBank.VPOS_PATH),
                PayFlexCpCredentials.derivedVposUrl(sim.endpoint()).orElseThrow());
    }

    @Test
    void theStatusByOrderIdComesFromTheVposSearch() {
        String paidId = orderId();
        GatewayResult sale = paid(paidId, "40.00", PaymentModel.THREE_D_HOST);
        GatewayResult status = gateway.status(paidId, account);
        assertEquals(GatewayOutcome.APPROVED, status.outcome(), status.toString());
        assertEquals(sale.transId(), status.transId());
        assertTrue(
                status.exchange().maskedRequest().contains("<MerchantPassword>***"),
                status.exchange().maskedRequest());

        String declinedId = orderId();
        ThreeDsSale declined = sale(declinedId, "25.00", "4546711234567894");
        finish(pay(declined, PaymentModel.THREE_D_PAY, "123456"), declined, PaymentModel.THREE_D_PAY);
        GatewayResult refused = gateway.status(declinedId, account);
        assertEquals(GatewayOutcome.DECLINED, refused.outcome());
        assertEquals("0051", refused.bankCode());

        assertEquals(GatewayOutcome.NOT_SENT, gateway.status(orderId(), account).outcome(), "never paid");
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.status(paidId, sim.account("not-the-password", Duration.ofSeconds(5)))
                        .outcome());

        gateway.voidTransaction(followUp(paidId, "40.00", "40.00", sale), account);
        assertEquals(GatewayOutcome.UNKNOWN, gateway.status(paidId, account).outcome(), "cancelled: a person decides");
    }

    /** The simulator's reconciliation faults: a booked approval is the bank's status, a forgotten order is not sent. */
    @Test
    void anApprovalBookedAtTheBankIsItsAnswerAndAForgottenOrderIsNotSent() {
        BankLedgerFaults.bookedIsTheBanksAnswerAndForgottenIsNotSent(
                gateway, account, sim.ledger, PayFlexCpSimulatedBank.MERCHANT, orderId());
    }
}
