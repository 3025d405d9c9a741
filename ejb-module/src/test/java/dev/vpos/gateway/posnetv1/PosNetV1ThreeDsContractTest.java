package dev.vpos.gateway.posnetv1;

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
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.posnetv1.PosNetV1Gate;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PosNet V1's 3D model through the adapter and the simulator: the signed form handed to the 3-D page's core (as the
 * browser would post it), the ACS answered, the callback handed to {@code finishThreeDs}, which provisions over HTTP.
 */
class PosNetV1ThreeDsContractTest {

    private static final URI OK = URI.create("https://shop.example/vpos/3ds/callback/ok");
    private static final URI FAIL = URI.create("https://shop.example/vpos/3ds/callback/fail");
    private static final String CARD = "4355084355084358";

    private final PosNetV1SimulatedBank sim = new PosNetV1SimulatedBank();
    private final PosNetV1Gateway gateway = new PosNetV1Gateway(new BankHttpTransport());
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

    private Map<String, String> browse(ThreeDsSale sale, AuthorizationKind kind, String otp) {
        ThreeDsStart start =
                gateway.startThreeDs(new ThreeDsRequest(sale, PaymentModel.THREE_D, kind, OK, FAIL, "tr"), account);
        assertFalse(start.isFailure(), String.valueOf(start.failure()));
        assertEquals(PosNetV1SimulatedBank.GATE, start.action());
        assertFalse(start.exchange().maskedRequest().contains(CARD), "the form's card never reaches the log");
        PosNetV1Gate gate = sim.bank.gate();
        PosNetV1Gate.Page page = gate.open(start.fields());
        assertEquals(PosNetV1Gate.Page.Kind.ACS, page.kind(), page.html());
        page = gate.authenticate(Map.of("SessionId", page.sessionId(), "Otp", otp, "Action", "Submit"));
        assertEquals(PosNetV1Gate.Page.Kind.CALLBACK, page.kind(), page.html());
        return page.callbackFields();
    }

    private ThreeDsFinish finish(Map<String, String> posted, ThreeDsSale expected, AuthorizationKind kind) {
        return gateway.finishThreeDs(new ThreeDsCallback(posted, expected, PaymentModel.THREE_D, kind), account);
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf("POSNET_V1", PosNetV1SimulatedBank.MERCHANT, "TDS_" + orderId);
    }

    @Test
    void aThreeDSaleIsProvisionedBookedOnceAndFoundByTheInquiry() {
        ThreeDsSale sale = sale(PosNetV1GatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> posted = browse(sale, AuthorizationKind.SALE, "123456");
        assertEquals("15000", posted.get("Amount"));
        ThreeDsFinish done = finish(posted, sale, AuthorizationKind.SALE);
        assertTrue(done.authentic(), done.rejection());
        assertEquals(
                GatewayOutcome.APPROVED, done.result().outcome(), done.result().bankMessage());
        assertEquals(1, ledger(sale.bankOrderId()).size());
        LedgerEntry booked = ledger(sale.bankOrderId()).get(0);
        assertEquals(new BigDecimal("150.00"), booked.amount());
        assertEquals(booked.authCode(), done.result().authCode());
        assertFalse(done.callbackLog().maskedResponse().contains(posted.get("CAVV")), "CAVV is a secret in the log");
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.status(sale.bankOrderId(), account).outcome());

        ThreeDsFinish again = finish(posted, sale, AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.DECLINED, again.result().outcome(), "the session is used up");
        assertEquals(1, ledger(sale.bankOrderId()).size());
    }

    @Test
    void aWrongPasswordDeclinesWithoutAProvision() {
        ThreeDsSale sale = sale(PosNetV1GatewayContractTest.orderId(), "150.00", CARD);
        ThreeDsFinish done = finish(browse(sale, AuthorizationKind.SALE, "000000"), sale, AuthorizationKind.SALE);
        assertTrue(done.authentic(), done.rejection());
        assertEquals(GatewayOutcome.DECLINED, done.result().outcome());
        assertEquals("MD:0", done.result().bankCode());
        assertTrue(ledger(sale.bankOrderId()).isEmpty());
    }

    @Test
    void aHostDeclineAtTheProvisionCarriesTheHostCode() {
        ThreeDsSale sale = sale(PosNetV1GatewayContractTest.orderId(), "150.00", "4546711234567894");
        ThreeDsFinish done = finish(browse(sale, AuthorizationKind.SALE, "123456"), sale, AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.DECLINED, done.result().outcome());
        assertEquals("0051", done.result().bankCode());
    }

    @Test
    void forgedForeignOrMismatchedCallbacksAreRefused() {
        ThreeDsSale sale = sale(PosNetV1GatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> failed = browse(sale, AuthorizationKind.SALE, "000000");
        Map<String, String> forged = new HashMap<>(failed);
        forged.put("MdStatus", "1");
        assertFalse(finish(forged, sale, AuthorizationKind.SALE).authentic());

        ThreeDsSale paid = sale(PosNetV1GatewayContractTest.orderId(), "150.00", CARD);
        Map<String, String> posted = browse(paid, AuthorizationKind.SALE, "123456");
        assertFalse(finish(posted, sale(PosNetV1GatewayContractTest.orderId(), "150.00", CARD), AuthorizationKind.SALE)
                .authentic());
        ThreeDsFinish more = finish(posted, sale(paid.bankOrderId(), "151.00", CARD), AuthorizationKind.SALE);
        assertFalse(more.authentic());
        Map<String, String> narrow = new HashMap<>(posted);
        narrow.put("MacParams", "MdStatus:MD");
        assertTrue(finish(narrow, paid, AuthorizationKind.SALE).rejection().contains("MacParams"));
        assertTrue(ledger(paid.bankOrderId()).isEmpty(), "nothing refused was provisioned");
    }

    @Test
    void aThreeDPreAuthorisationIsCapturedInPartByItsReference() {
        ThreeDsSale sale = sale(PosNetV1GatewayContractTest.orderId(), "150.00", CARD);
        ThreeDsFinish done =
                finish(browse(sale, AuthorizationKind.PRE_AUTH, "123456"), sale, AuthorizationKind.PRE_AUTH);
        assertTrue(done.result().approved(), done.result().bankMessage());
        assertEquals(LedgerType.PRE_AUTH, ledger(sale.bankOrderId()).get(0).type());
        assertTrue(gateway.capture(
                        PosNetV1GatewayContractTest.followUp(
                                sale.bankOrderId(),
                                "100.00",
                                "150.00",
                                done.result().references()),
                        account)
                .approved());
        assertEquals(new BigDecimal("100.00"), ledger(sale.bankOrderId()).get(0).amount());
    }

    @Test
    void onlyTheThreeDModelIsOffered() {
        ThreeDsSale sale = sale(PosNetV1GatewayContractTest.orderId(), "150.00", CARD);
        assertTrue(gateway.startThreeDs(
                        new ThreeDsRequest(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, OK, FAIL, "tr"),
                        account)
                .isFailure());
        Map<String, String> form = new HashMap<>(gateway.startThreeDs(
                        new ThreeDsRequest(sale, PaymentModel.THREE_D, AuthorizationKind.SALE, OK, FAIL, "tr"),
                        sim.account("11,11,11,11,11,11,11,11", java.time.Duration.ofSeconds(5)))
                .fields());
        assertEquals(PosNetV1Gate.Page.Kind.ERROR, sim.bank.gate().open(form).kind(), "signed with another key");
    }
}
