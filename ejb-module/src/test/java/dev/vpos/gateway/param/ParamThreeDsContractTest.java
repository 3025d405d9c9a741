package dev.vpos.gateway.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
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
import dev.vpos.gateway.testing.HostedFlow;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.param.ParamBank;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Param's 3D model through the generated client and the simulator's pages: start, ACS, callback, TP_WMD_Pay. */
class ParamThreeDsContractTest {

    private static final URI CALLBACK = URI.create("https://shop.example/vpos/3ds/callback/abc");
    private static final String CARD = "4355084355084358";

    private final ParamSimulatedBank sim = new ParamSimulatedBank();
    private final ParamSoapClient soap = new ParamSoapClient();
    private final ParamGateway gateway = new ParamGateway(soap);
    private final GatewayAccount account = sim.account();

    @AfterEach
    void stop() {
        soap.shutdown();
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
    private Map<String, String> browse(ThreeDsSale sale, AuthorizationKind kind, String otp) {
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(sale, PaymentModel.THREE_D, kind, CALLBACK, CALLBACK, "tr"), account);
        assertFalse(start.isFailure(), String.valueOf(start.failure()));
        assertFalse(
                start.exchange().maskedRequest().contains(CARD),
                start.exchange().maskedRequest());
        HostedFlow.Form toAcs = HostedFlow.firstForm(start.html());
        assertEquals(sim.familyBase() + "/Acs", toAcs.action());
        assertFalse(start.html().contains(CARD), "the bank's page carries no card");
        ParamBank.Page acs = sim.bank.acs(toAcs.fields(), sim.familyBase());
        assertEquals(200, acs.status(), acs.html());
        HostedFlow.Form password = HostedFlow.firstForm(acs.html());
        Map<String, String> answer = new LinkedHashMap<>(password.fields());
        answer.put("otp", otp);
        ParamBank.Page back = sim.bank.verify(answer);
        HostedFlow.Form callback = HostedFlow.firstForm(back.html());
        assertEquals(CALLBACK.toString(), callback.action());
        return callback.fields();
    }

    private ThreeDsFinish finish(Map<String, String> posted, ThreeDsSale expected, AuthorizationKind kind) {
        return gateway.finishThreeDs(new ThreeDsCallback(posted, expected, PaymentModel.THREE_D, kind), account);
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf("PARAM", "10738", orderId);
    }

    @Test
    void anAuthenticatedPaymentIsCompletedWithTpWmdPay() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.00", CARD);
        Map<String, String> posted = browse(sale, AuthorizationKind.SALE, "123456");
        assertEquals("150,00", posted.get("transactionAmount"));
        assertTrue(ledger(id).isEmpty(), "nothing is booked before TP_WMD_Pay");

        ThreeDsFinish f = finish(posted, sale, AuthorizationKind.SALE);
        assertTrue(f.authentic(), f.rejection());
        GatewayResult r = f.result();
        assertEquals(
                GatewayOutcome.APPROVED,
                r.outcome(),
                r.bankMessage() + " " + r.exchange().failure());
        assertEquals(LedgerType.SALE, ledger(id).get(0).type());
        assertEquals(new BigDecimal("150.00"), ledger(id).get(0).amount());
        assertEquals(ledger(id).get(0).authCode(), r.authCode());
        assertTrue(
                r.exchange().maskedRequest().contains("TP_WMD_Pay"),
                r.exchange().maskedRequest());

        ThreeDsFinish again = finish(posted, sale, AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.UNKNOWN, again.result().outcome(), "a second completion asks the status");
        assertEquals(1, ledger(id).size());
    }

    @Test
    void aWrongPasswordDeclinesWithTheThreeDStatusAndBooksNothing() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.00", CARD);
        ThreeDsFinish f = finish(browse(sale, AuthorizationKind.SALE, "000000"), sale, AuthorizationKind.SALE);
        assertTrue(f.authentic(), f.rejection());
        assertEquals(GatewayOutcome.DECLINED, f.result().outcome());
        assertEquals("MD:0", f.result().bankCode());
        assertTrue(ledger(id).isEmpty());
    }

    @Test
    void aHostDeclineAfterAuthenticationCarriesTheHostCode() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.51", CARD);
        ThreeDsFinish f = finish(browse(sale, AuthorizationKind.SALE, "123456"), sale, AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.DECLINED, f.result().outcome());
        assertEquals("51", f.result().bankCode());
    }

    @Test
    void forgedOrForeignCallbacksAreRefusedAndChangeNothing() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.00", CARD);
        Map<String, String> posted = browse(sale, AuthorizationKind.SALE, "123456");

        Map<String, String> forged = new LinkedHashMap<>(posted);
        forged.put("islemHash", posted.get("islemHash").substring(1) + "A");
        assertTrue(finish(forged, sale, AuthorizationKind.SALE).rejection() != null);

        Map<String, String> otherAmount = new LinkedHashMap<>(posted);
        otherAmount.put("transactionAmount", "151,00");
        assertTrue(finish(otherAmount, sale, AuthorizationKind.SALE).rejection() != null);

        Map<String, String> noHash = new LinkedHashMap<>(posted);
        noHash.remove("islemHash");
        assertTrue(finish(noHash, sale, AuthorizationKind.SALE).rejection() != null);

        ThreeDsSale another = sale(ParamGatewayContractTest.orderId(), "150.00", CARD);
        assertTrue(finish(posted, another, AuthorizationKind.SALE).rejection() != null, "a callback for another order");
        assertTrue(ledger(id).isEmpty(), "a refused callback completes nothing");
    }

    @Test
    void aThreeDPreAuthorisationIsClosedForPartOfIt() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "200.00", CARD);
        ThreeDsFinish f = finish(browse(sale, AuthorizationKind.PRE_AUTH, "123456"), sale, AuthorizationKind.PRE_AUTH);
        assertEquals(GatewayOutcome.APPROVED, f.result().outcome(), f.result().bankMessage());
        assertEquals(LedgerType.PRE_AUTH, ledger(id).get(0).type());
        FollowUp close = new FollowUp(
                id,
                "OP1",
                Money.of("150.00", "TRY"),
                Money.of("200.00", "TRY"),
                1,
                f.result().references());
        assertTrue(gateway.capture(close, account).approved());
        assertEquals(LedgerType.POST_AUTH, ledger(id).get(0).type());
        assertEquals(new BigDecimal("150.00"), ledger(id).get(0).amount());
    }
}
