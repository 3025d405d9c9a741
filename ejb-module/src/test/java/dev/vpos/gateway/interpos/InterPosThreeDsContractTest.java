package dev.vpos.gateway.interpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
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
import dev.vpos.simulator.interpos.InterPosGate;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * InterPOS's 3-D models through the adapter and the simulator: the signed form handed to the bank's page core (as the
 * browser would post it), the ACS answered, the callback handed to {@code finishThreeDs} — which provisions over HTTP
 * (3D) or reads the bank's answer from the signed callback (3D Pay, 3D Host).
 */
class InterPosThreeDsContractTest {

    private static final URI OK = URI.create("https://shop.example/vpos/3ds/callback/ok");
    private static final URI FAIL = URI.create("https://shop.example/vpos/3ds/callback/fail");
    private static final String CARD = "4355084355084358";

    private final InterPosSimulatedBank sim = new InterPosSimulatedBank();
    private final InterPosGateway gateway = new InterPosGateway(new BankHttpTransport());
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
                "10.0.0.7",
                "payer@example.com");
    }

    private Map<String, String> browse(ThreeDsSale sale, PaymentModel model, AuthorizationKind kind, String otp) {
        ThreeDsStart start = gateway.startThreeDs(new ThreeDsRequest(sale, model, kind, OK, FAIL, "tr"), account);
        assertFalse(start.isFailure(), String.valueOf(start.failure()));
        boolean host = model == PaymentModel.THREE_D_HOST;
        assertEquals(sim.page(host ? "3DHost.aspx" : "Default.aspx"), start.action());
        assertFalse(start.exchange().maskedRequest().contains(CARD), "the form's card never reaches the log");
        assertEquals(!host, start.fields().containsKey("Pan"), "the card is on our page except for 3D Host");
        InterPosGate gate = sim.bank.gate();
        InterPosGate.Page page = gate.open(start.fields(), host);
        if (host) {
            assertEquals(InterPosGate.Page.Kind.CARD_FORM, page.kind(), page.html());
            page = gate.enterCard(Map.of(
                    "SessionId", page.sessionId(), "Pan", sale.card().digits(), "Expiry", "1230", "Cvv2", "123"));
        }
        assertEquals(InterPosGate.Page.Kind.ACS, page.kind(), page.html());
        page = gate.authenticate(Map.of("SessionId", page.sessionId(), "Otp", otp, "Action", "Submit"));
        assertEquals(InterPosGate.Page.Kind.CALLBACK, page.kind(), page.html());
        return page.callbackFields();
    }

    private ThreeDsFinish finish(
            Map<String, String> posted, ThreeDsSale expected, PaymentModel model, AuthorizationKind kind) {
        return gateway.finishThreeDs(new ThreeDsCallback(posted, expected, model, kind), account);
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf("INTERPOS", InterPosSimulatedBank.SHOP, orderId);
    }

    @Test
    void everyModelIsPaidAndBookedOnce() {
        for (PaymentModel model : List.of(PaymentModel.THREE_D, PaymentModel.THREE_D_PAY, PaymentModel.THREE_D_HOST)) {
            ThreeDsSale sale = sale(InterPosGatewayContractTest.orderId(), "150.00", CARD);
            Map<String, String> posted = browse(sale, model, AuthorizationKind.SALE, "123456");
            assertEquals("150,00", posted.get("PurchAmount"), "the bank writes amounts the Turkish way");
            ThreeDsFinish done = finish(posted, sale, model, AuthorizationKind.SALE);
            assertTrue(done.authentic(), model + ": " + done.rejection());
            assertEquals(
                    GatewayOutcome.APPROVED,
                    done.result().outcome(),
                    model + ": " + done.result().bankMessage());
            assertEquals(1, ledger(sale.bankOrderId()).size(), model.toString());
            LedgerEntry booked = ledger(sale.bankOrderId()).get(0);
            assertEquals(new BigDecimal("150.00"), booked.amount());
            assertEquals(booked.authCode(), done.result().authCode(), model.toString());
            assertFalse(done.callbackLog().maskedResponse().contains(posted.get("MD")), "MD is a secret in the log");
        }
    }

    @Test
    void aWrongPasswordDeclinesAsAFailedAuthenticationAndBooksNothing() {
        for (PaymentModel model : List.of(PaymentModel.THREE_D, PaymentModel.THREE_D_PAY, PaymentModel.THREE_D_HOST)) {
            ThreeDsSale sale = sale(InterPosGatewayContractTest.orderId(), "150.00", CARD);
            ThreeDsFinish done =
                    finish(browse(sale, model, AuthorizationKind.SALE, "000000"), sale, model, AuthorizationKind.SALE);
            assertTrue(done.authentic(), done.rejection());
            assertEquals(GatewayOutcome.DECLINED, done.result().outcome());
            assertEquals("MD:0", done.result().bankCode());
            assertTrue(ledger(sale.bankOrderId()).isEmpty());
        }
    }

    @Test
    void aHostDeclineInThreeDPayCarriesTheHostCode() {
        ThreeDsSale sale = sale(InterPosGatewayContractTest.orderId(), "150.00", "4546711234567894");
        ThreeDsFinish done = finish(
                browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456"),
                sale,
                PaymentModel.THREE_D_PAY,
                AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.DECLINED, done.result().outcome());
        assertEquals("51", done.result().bankCode());
    }

    @Test
    void forgedForeignOrMismatchedCallbacksAreRefused() {
        ThreeDsSale sale = sale(InterPosGatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> failed = browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "000000");
        Map<String, String> forged = new HashMap<>(failed);
        forged.put("mdStatus", "1");
        forged.put("ProcReturnCode", "00");
        assertFalse(finish(forged, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE)
                .authentic());

        ThreeDsSale paid = sale(InterPosGatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> posted = browse(paid, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456");
        ThreeDsSale other = sale(InterPosGatewayContractTest.orderId(), "150.00", CARD);
        assertFalse(finish(posted, other, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE)
                .authentic());
        ThreeDsFinish more = finish(
                posted, sale(paid.bankOrderId(), "151.00", CARD), PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertFalse(more.authentic(), "the callback says 150,00");
        assertTrue(more.rejection().contains("150,00"), more.rejection());

        Map<String, String> narrow = new HashMap<>(posted);
        narrow.put("HASHPARAMS", "OrderId:mdStatus:");
        narrow.put("HASH", "irrelevant");
        ThreeDsFinish unsigned = finish(narrow, paid, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertFalse(unsigned.authentic());
        assertTrue(unsigned.rejection().contains("HASHPARAMS"), unsigned.rejection());

        GatewayAccount keyless = sim.account("3", null, Duration.ofSeconds(5));
        assertTrue(gateway.startThreeDs(
                        new ThreeDsRequest(paid, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, OK, FAIL, "tr"),
                        keyless)
                .isFailure());
    }

    @Test
    void aThreeDProvisionIsTheSessionsAmountAndHappensOnce() {
        ThreeDsSale sale = sale(InterPosGatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH, "123456");
        Map<String, String> otherCavv = new HashMap<>(posted);
        otherCavv.put("PayerAuthenticationCode", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        ThreeDsFinish forgedCavv = finish(otherCavv, sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH);
        assertEquals(GatewayOutcome.DECLINED, forgedCavv.result().outcome(), "the bank checks the authentication");
        assertEquals("E31", forgedCavv.result().bankCode());
        ThreeDsFinish done = finish(posted, sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH);
        assertEquals(
                GatewayOutcome.APPROVED, done.result().outcome(), done.result().bankMessage());
        assertEquals(LedgerType.PRE_AUTH, ledger(sale.bankOrderId()).get(0).type());
        ThreeDsFinish again = finish(posted, sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH);
        assertEquals(GatewayOutcome.UNKNOWN, again.result().outcome(), "a second provision: the order id is used");
        assertEquals(1, ledger(sale.bankOrderId()).size());

        assertTrue(
                gateway.capture(InterPosGatewayContractTest.followUp(sale.bankOrderId(), "100.00", "150.00"), account)
                        .approved());
    }

    @Test
    void aFormSignedWithAnotherKeyIsRefusedByTheBank() {
        ThreeDsSale sale = sale(InterPosGatewayContractTest.orderId(), "150.00", CARD);
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, OK, FAIL, "tr"),
                sim.account("3", "another-key", Duration.ofSeconds(5)));
        InterPosGate.Page page = sim.bank.gate().open(start.fields(), false);
        assertEquals(InterPosGate.Page.Kind.ERROR, page.kind());
        Map<String, String> noOrder = new HashMap<>(gateway.startThreeDs(
                        new ThreeDsRequest(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, OK, FAIL, "tr"),
                        account)
                .fields());
        noOrder.remove("Currency");
        assertEquals(
                InterPosGate.Page.Kind.ERROR,
                sim.bank.gate().open(noOrder, false).kind());
    }
}
