package dev.vpos.gateway.tosla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
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
import dev.vpos.simulator.tosla.ToslaGate;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tosla's 3-D models through the adapter and the simulator: the registration over HTTP, the browser's pages called on
 * the simulator's gate core (card form, ACS), the callback handed to {@code finishThreeDs} (which asks the order's
 * inquiry over HTTP before it takes the payment).
 */
class ToslaThreeDsContractTest {

    private static final URI CALLBACK = URI.create("https://shop.example/vpos/3ds/callback/abc");
    private static final String CARD = "4355084355084358";

    private final ToslaSimulatedBank sim = new ToslaSimulatedBank();
    private final ToslaGateway gateway = new ToslaGateway(new BankHttpTransport(), Clock.systemUTC());
    private final GatewayAccount account = sim.account();

    @AfterEach
    void stop() {
        sim.close();
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

    /** Start, go through the bank's pages, answer the ACS: the callback fields the browser would post back. */
    private Map<String, String> browse(ThreeDsSale sale, PaymentModel model, AuthorizationKind kind, String otp) {
        ThreeDsStart start =
                gateway.startThreeDs(new ThreeDsRequest(sale, model, kind, CALLBACK, CALLBACK, "tr"), account);
        assertFalse(start.isFailure(), String.valueOf(start.failure()));
        ToslaGate gate = sim.bank.gate();
        ToslaGate.Page page;
        if (model == PaymentModel.THREE_D_HOST) {
            String path = start.action().getPath();
            assertTrue(path.startsWith("/tosla/api/Payment/threeDSecure/"), path);
            assertTrue(start.fields().isEmpty(), "the bank's page takes the card");
            page = gate.hostPage(path.substring(path.lastIndexOf('/') + 1));
            assertEquals(ToslaGate.Page.Kind.CARD_FORM, page.kind());
            page = gate.hostCard(Map.of(
                    "ThreeDSessionId", path.substring(path.lastIndexOf('/') + 1),
                    "CardNumber", sale.card().digits(),
                    "Expiry", "1230",
                    "Cvv", "123",
                    "CardHolderName", "Ayse Yilmaz"));
        } else {
            assertEquals(sim.server.uri("/tosla/api/Payment/ProcessCardForm"), start.action());
            assertEquals("12/30", start.fields().get("ExpireDate"));
            page = gate.processCardForm(start.fields());
        }
        assertEquals(ToslaGate.Page.Kind.ACS, page.kind(), page.html());
        String session = start.fields()
                .getOrDefault("ThreeDSessionId", start.action().getPath().replaceFirst(".*/", ""));
        page = gate.authenticate(Map.of("ThreeDSessionId", session, "Otp", otp, "Action", "Submit"));
        assertEquals(ToslaGate.Page.Kind.CALLBACK, page.kind(), page.html());
        assertEquals(CALLBACK.toString(), page.callbackUrl());
        return page.callbackFields();
    }

    private ThreeDsFinish finish(
            Map<String, String> posted, ThreeDsSale expected, PaymentModel model, AuthorizationKind kind) {
        return gateway.finishThreeDs(new ThreeDsCallback(posted, expected, model, kind), account);
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf("TOSLA", "1000000494", orderId);
    }

    @Test
    void threeDPayIsPaidOnceTheBanksInquiryHoldsOurAmount() {
        ThreeDsSale sale = sale(ToslaGatewayContractTest.orderId(), "150.00", CARD);
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, CALLBACK, CALLBACK, "tr"),
                account);
        String logged = start.exchange().maskedRequest();
        assertTrue(logged.contains("threeDPayment") && logged.contains("\"amount\":\"15000\""), logged);
        assertFalse(logged.contains(CARD), "the card goes to the browser's form, never to the log");

        Map<String, String> posted = browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456");
        ThreeDsFinish done = finish(posted, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);

        assertTrue(done.authentic(), done.rejection());
        GatewayResult r = done.result();
        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.bankMessage());
        LedgerEntry booked = ledger(sale.bankOrderId()).get(0);
        assertEquals(LedgerType.SALE, booked.type());
        assertEquals(new BigDecimal("150.00"), booked.amount());
        assertEquals(booked.authCode(), r.authCode());
        assertTrue(
                done.callbackLog().maskedResponse().contains("Hash=***"),
                done.callbackLog().maskedResponse());
    }

    @Test
    void threeDHostTakesTheCardOnTheBanksPage() {
        ThreeDsSale sale = ThreeDsSale.withoutCard(
                ToslaGatewayContractTest.orderId(), Money.of("75.50", "TRY"), 1, "127.0.0.1", "p@example.com");
        ThreeDsSale withCard = sale(sale.bankOrderId(), "75.50", CARD);
        Map<String, String> posted = browse(withCard, PaymentModel.THREE_D_HOST, AuthorizationKind.SALE, "123456");

        ThreeDsFinish done = finish(posted, sale, PaymentModel.THREE_D_HOST, AuthorizationKind.SALE);
        assertTrue(done.authentic(), done.rejection());
        assertEquals(
                GatewayOutcome.APPROVED, done.result().outcome(), done.result().bankMessage());
        assertEquals(new BigDecimal("75.50"), ledger(sale.bankOrderId()).get(0).amount());
    }

    @Test
    void aWrongPasswordDeclinesWithTheThreeDCodeAndBooksNothing() {
        ThreeDsSale sale = sale(ToslaGatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "000000");

        ThreeDsFinish done = finish(posted, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertTrue(done.authentic(), done.rejection());
        assertEquals(GatewayOutcome.DECLINED, done.result().outcome());
        assertEquals("MD:0", done.result().bankCode());
        assertTrue(ledger(sale.bankOrderId()).isEmpty());
        GatewayResult status = gateway.status(sale.bankOrderId(), account);
        assertEquals(GatewayOutcome.DECLINED, status.outcome(), "the bank's inquiry shows the failed 3-D order");
        assertEquals("MD:0", status.bankCode());
    }

    @Test
    void aHostDeclineComesBackAuthenticatedButDeclined() {
        ThreeDsSale sale = sale(ToslaGatewayContractTest.orderId(), "150.00", "4546711234567894");
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456");

        ThreeDsFinish done = finish(posted, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.DECLINED, done.result().outcome());
        assertEquals("51", done.result().bankCode());
    }

    @Test
    void aTamperedOrForeignCallbackIsRefusedAndChangesNothingAtTheBank() {
        ThreeDsSale sale = sale(ToslaGatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "000000");

        Map<String, String> forged = new HashMap<>(posted);
        forged.put("MdStatus", "1");
        forged.put("BankResponseCode", "00");
        forged.put("RequestStatus", "1");
        ThreeDsFinish refused = finish(forged, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertFalse(refused.authentic());
        assertTrue(refused.rejection().contains("Hash"), refused.rejection());

        Map<String, String> narrow = new HashMap<>(posted);
        narrow.put("HashParameters", "ClientId,ApiUser,OrderId");
        assertFalse(finish(narrow, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE)
                .authentic());

        ThreeDsSale other = sale(ToslaGatewayContractTest.orderId(), "150.00", CARD);
        ThreeDsFinish foreign = finish(posted, other, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertFalse(foreign.authentic());
        assertTrue(ledger(sale.bankOrderId()).isEmpty());
    }

    @Test
    void anAuthenticCallbackForAnotherAmountThanTheBankHoldsIsRefused() {
        ThreeDsSale sale = sale(ToslaGatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456");

        ThreeDsSale expectedMore = sale(sale.bankOrderId(), "151.00", CARD);
        ThreeDsFinish refused = finish(posted, expectedMore, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertFalse(refused.authentic());
        assertTrue(refused.rejection().contains("15000"), refused.rejection());
        ThreeDsFinish asPreAuth = finish(posted, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.PRE_AUTH);
        assertFalse(asPreAuth.authentic(), "the bank holds a sale, not a pre-authorisation");
    }

    @Test
    void aThreeDPreAuthorisationIsCapturedInPartThenVoided() {
        ThreeDsSale sale = sale(ToslaGatewayContractTest.orderId(), "200.00", CARD);
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.PRE_AUTH, "123456");
        ThreeDsFinish done = finish(posted, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.PRE_AUTH);
        assertEquals(
                GatewayOutcome.APPROVED, done.result().outcome(), done.result().bankMessage());
        assertEquals(LedgerType.PRE_AUTH, ledger(sale.bankOrderId()).get(0).type());

        String id = sale.bankOrderId();
        assertEquals(
                "998",
                gateway.capture(ToslaGatewayContractTest.followUp(id, "200.01", "200.00"), account)
                        .bankCode());
        GatewayResult captured = gateway.capture(ToslaGatewayContractTest.followUp(id, "180.00", "200.00"), account);
        assertTrue(captured.approved(), captured.bankMessage());
        assertEquals(new BigDecimal("180.00"), ledger(id).get(0).amount());
        assertEquals(
                "998",
                gateway.capture(ToslaGatewayContractTest.followUp(id, "10.00", "200.00"), account)
                        .bankCode(),
                "a pre-authorisation is closed once");

        GatewayResult voided =
                gateway.voidTransaction(ToslaGatewayContractTest.followUp(id, "180.00", "200.00"), account);
        assertTrue(voided.approved(), voided.bankMessage());
        assertEquals(new BigDecimal("180.00"), ledger(id).get(0).amount(), "the void takes back what was captured");
    }
}
