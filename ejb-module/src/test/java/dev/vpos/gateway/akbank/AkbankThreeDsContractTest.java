package dev.vpos.gateway.akbank;

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
import dev.vpos.simulator.akbank.AkbankGate;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Akbank's 3-D models through the adapter and the simulator: the signed form handed to the gateway's core (as the
 * browser would post it), the ACS answered, the callback handed to {@code finishThreeDs} — which provisions over HTTP
 * (3D) or confirms the payment in the order history over HTTP (3D Pay, 3D Host).
 */
class AkbankThreeDsContractTest {

    private static final URI OK = URI.create("https://shop.example/vpos/3ds/callback/ok");
    private static final URI FAIL = URI.create("https://shop.example/vpos/3ds/callback/fail");
    private static final String CARD = "4355084355084358";

    private final AkbankSimulatedBank sim = new AkbankSimulatedBank();
    private final AkbankGateway gateway = new AkbankGateway(new BankHttpTransport(), Clock.systemUTC());
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
        assertEquals(sim.gate(host ? "payhosting" : "securepay"), start.action());
        assertFalse(start.exchange().maskedRequest().contains(CARD), "the form's card never reaches the log");
        AkbankGate gate = sim.bank.gate();
        AkbankGate.Page page = gate.open(start.fields(), host);
        if (host) {
            assertEquals(AkbankGate.Page.Kind.CARD_FORM, page.kind(), page.html());
            page = gate.enterCard(Map.of(
                    "SessionId", page.sessionId(), "CardNumber", sale.card().digits(), "Expiry", "1230", "Cvv", "123"));
        }
        assertEquals(AkbankGate.Page.Kind.ACS, page.kind(), page.html());
        page = gate.authenticate(Map.of("SessionId", page.sessionId(), "Otp", otp, "Action", "Submit"));
        assertEquals(AkbankGate.Page.Kind.CALLBACK, page.kind(), page.html());
        return page.callbackFields();
    }

    private ThreeDsFinish finish(
            Map<String, String> posted, ThreeDsSale expected, PaymentModel model, AuthorizationKind kind) {
        return gateway.finishThreeDs(new ThreeDsCallback(posted, expected, model, kind), account);
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf("AKBANK", AkbankSimulatedBank.MERCHANT, orderId);
    }

    @Test
    void everyModelIsPaidAndBookedOnce() {
        for (PaymentModel model : List.of(PaymentModel.THREE_D, PaymentModel.THREE_D_PAY, PaymentModel.THREE_D_HOST)) {
            ThreeDsSale sale = sale(AkbankGatewayContractTest.orderId(), "150.00", CARD);
            ThreeDsFinish done =
                    finish(browse(sale, model, AuthorizationKind.SALE, "123456"), sale, model, AuthorizationKind.SALE);
            assertTrue(done.authentic(), model + ": " + done.rejection());
            assertEquals(
                    GatewayOutcome.APPROVED,
                    done.result().outcome(),
                    model + ": " + done.result().bankMessage());
            assertEquals(1, ledger(sale.bankOrderId()).size(), model.toString());
            LedgerEntry booked = ledger(sale.bankOrderId()).get(0);
            assertEquals(new BigDecimal("150.00"), booked.amount());
            assertEquals(booked.authCode(), done.result().authCode(), model.toString());
        }
    }

    @Test
    void aWrongPasswordDeclinesWithTheThreeDCodeAndBooksNothing() {
        for (PaymentModel model : List.of(PaymentModel.THREE_D, PaymentModel.THREE_D_PAY)) {
            ThreeDsSale sale = sale(AkbankGatewayContractTest.orderId(), "150.00", CARD);
            ThreeDsFinish done =
                    finish(browse(sale, model, AuthorizationKind.SALE, "000000"), sale, model, AuthorizationKind.SALE);
            assertTrue(done.authentic(), done.rejection());
            assertEquals(GatewayOutcome.DECLINED, done.result().outcome());
            assertEquals("VPS-1279", done.result().bankCode());
            assertTrue(ledger(sale.bankOrderId()).isEmpty());
        }
    }

    @Test
    void aHostDeclineInThreeDPayCarriesTheHostCode() {
        ThreeDsSale sale = sale(AkbankGatewayContractTest.orderId(), "150.00", "4546711234567894");
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
        ThreeDsSale sale = sale(AkbankGatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> failed = browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "000000");
        Map<String, String> forged = new HashMap<>(failed);
        forged.put("responseCode", "VPS-0000");
        assertFalse(finish(forged, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE)
                .authentic());

        ThreeDsSale paid = sale(AkbankGatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> posted = browse(paid, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456");
        ThreeDsSale other = sale(AkbankGatewayContractTest.orderId(), "150.00", CARD);
        assertFalse(finish(posted, other, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE)
                .authentic());
        ThreeDsFinish more = finish(
                posted, sale(paid.bankOrderId(), "151.00", CARD), PaymentModel.THREE_D_PAY, AuthorizationKind.SALE);
        assertFalse(more.authentic(), "the bank holds 150.00");
        assertTrue(more.rejection().contains("150.00"), more.rejection());
    }

    @Test
    void aThreeDProvisionIsTheSessionsAmountAndHappensOnce() {
        ThreeDsSale sale = sale(AkbankGatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH, "123456");
        ThreeDsFinish other = finish(
                posted, sale(sale.bankOrderId(), "151.00", CARD), PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH);
        assertEquals(GatewayOutcome.DECLINED, other.result().outcome(), "the bank refuses another amount");
        assertEquals("VPS-1001", other.result().bankCode());
        ThreeDsFinish done = finish(posted, sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH);
        assertEquals(
                GatewayOutcome.APPROVED, done.result().outcome(), done.result().bankMessage());
        assertEquals(LedgerType.PRE_AUTH, ledger(sale.bankOrderId()).get(0).type());
        ThreeDsFinish again = finish(posted, sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH);
        assertEquals(GatewayOutcome.UNKNOWN, again.result().outcome(), "a second provision: the order id is used");
        assertEquals(1, ledger(sale.bankOrderId()).size());
    }
}
