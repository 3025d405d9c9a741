package dev.vpos.gateway.param;

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
import dev.vpos.gateway.testing.HostedFlow;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.param.ParamBank;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Param's 3D Pay ({@code Pos_Odeme}) and foreign-currency 3D sale ({@code TP_Islem_Odeme_WD 3D}) through the generated
 * client and the simulator's pages: the start's {@code UCD_URL} as a GET form, the bank's page and ACS, the
 * {@code TURKPOS_RETVAL_*} post verified and then confirmed by {@code TP_Islem_Sorgulama4}.
 */
class ParamThreeDPayContractTest {

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

    private static ThreeDsSale sale(String orderId, String amount, String currency) {
        return new ThreeDsSale(
                orderId,
                Money.of(amount, currency),
                1,
                CardNumber.parse(CARD),
                CardExpiry.parse("12/30"),
                "123",
                "Ayşe Yılmaz",
                "127.0.0.1",
                "payer@example.com");
    }

    private ThreeDsStart start(ThreeDsSale sale, PaymentModel model, AuthorizationKind kind) {
        return gateway.startThreeDs(new ThreeDsRequest(sale, model, kind, CALLBACK, CALLBACK, "tr"), account);
    }

    /** Start, follow UCD_URL (a GET), answer the ACS: the fields the browser posts back. */
    private Map<String, String> browse(ThreeDsSale sale, PaymentModel model, String otp, String operation) {
        ThreeDsStart start = start(sale, model, AuthorizationKind.SALE);
        assertFalse(start.isFailure(), String.valueOf(start.failure()));
        assertTrue(
                start.exchange().maskedRequest().contains(operation),
                start.exchange().maskedRequest());
        assertFalse(start.exchange().maskedRequest().contains(CARD), "the card is masked in the log");
        HostedFlow.Form toBank = HostedFlow.firstForm(start.html());
        assertEquals("get", toBank.method().toLowerCase());
        assertEquals(sim.familyBase() + "/3D_Secure/AkilliKart_3DPay_PFO.aspx", toBank.action());
        assertEquals("TURKPOS_3D_TRAN", toBank.fields().get("rURL"));
        assertFalse(start.html().contains(CARD), "the page to the bank carries no card");
        ParamBank.Page page = sim.bank.threeDPayPage(toBank.fields().get("SID"), sim.familyBase());
        assertEquals(200, page.status(), page.html());
        Map<String, String> answer =
                new LinkedHashMap<>(HostedFlow.firstForm(page.html()).fields());
        answer.put("otp", otp);
        HostedFlow.Form back = HostedFlow.firstForm(sim.bank.verify(answer).html());
        assertEquals(CALLBACK.toString(), back.action());
        return back.fields();
    }

    private ThreeDsFinish finish(Map<String, String> posted, ThreeDsSale expected, PaymentModel model) {
        return gateway.finishThreeDs(new ThreeDsCallback(posted, expected, model, AuthorizationKind.SALE), account);
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf("PARAM", "10738", orderId);
    }

    @Test
    void aThreeDPaySaleIsPaidAtTheBankAndConfirmedByItsStatus() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.00", "TRY");
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D_PAY, "123456", "Pos_Odeme");
        assertEquals("1", posted.get("TURKPOS_RETVAL_Sonuc"));
        assertEquals("150,00", posted.get("TURKPOS_RETVAL_Tahsilat_Tutari"));
        assertEquals("TL", posted.get("TURKPOS_RETVAL_PB"));
        assertEquals(1, ledger(id).size(), "the bank completed the payment itself");

        ThreeDsFinish f = finish(posted, sale, PaymentModel.THREE_D_PAY);
        assertTrue(f.authentic(), f.rejection());
        assertEquals(GatewayOutcome.APPROVED, f.result().outcome(), f.result().bankMessage());
        assertEquals(ledger(id).get(0).authCode(), f.result().authCode());
        assertTrue(
                f.result().exchange().maskedRequest().contains("TP_Islem_Sorgulama4"),
                "the outcome is the bank's status, not the post");
        assertFalse(f.callbackLog().maskedResponse().contains(ParamSimulatedBank.GUID), "the GUID is masked");
        assertEquals(new BigDecimal("150.00"), ledger(id).get(0).amount());
    }

    @Test
    void aWrongPasswordIsDeclinedAsFailedAuthenticationAndBooksNothing() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.00", "TRY");
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D_PAY, "000000", "Pos_Odeme");
        assertEquals("0", posted.get("TURKPOS_RETVAL_Dekont_ID"));
        ThreeDsFinish f = finish(posted, sale, PaymentModel.THREE_D_PAY);
        assertTrue(f.authentic(), f.rejection());
        assertEquals(GatewayOutcome.DECLINED, f.result().outcome());
        assertEquals("MD:0", f.result().bankCode());
        assertTrue(ledger(id).isEmpty());

        Map<String, String> flipped = new LinkedHashMap<>(posted);
        flipped.put("TURKPOS_RETVAL_Sonuc", "1");
        ThreeDsFinish again = finish(flipped, sale, PaymentModel.THREE_D_PAY);
        assertEquals(
                GatewayOutcome.DECLINED,
                again.result().outcome(),
                "Sonuc is outside the hash: flipping it approves nothing");
    }

    @Test
    void aHostDeclineIsTheBanksWithItsCode() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.51", "TRY");
        ThreeDsFinish f =
                finish(browse(sale, PaymentModel.THREE_D_PAY, "123456", "Pos_Odeme"), sale, PaymentModel.THREE_D_PAY);
        assertEquals(GatewayOutcome.DECLINED, f.result().outcome());
        assertEquals("51", f.result().bankCode());
    }

    @Test
    void tamperedOrForeignPostsAreRefusedAndChangeNothing() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.00", "TRY");
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D_PAY, "123456", "Pos_Odeme");
        for (Map.Entry<String, String> change : List.of(
                Map.entry("TURKPOS_RETVAL_Tahsilat_Tutari", "1,00"),
                Map.entry("TURKPOS_RETVAL_Hash", "LOpkL9J8vne8E2j0A0HKOhUWGhI="),
                Map.entry("TURKPOS_RETVAL_Dekont_ID", "3007300695"),
                Map.entry("TURKPOS_RETVAL_GUID", "7d2a6f0e-4c1b-4e3a-9f21-5b8c0d6e1a77"),
                Map.entry("TURKPOS_RETVAL_PB", "USD"),
                Map.entry("TURKPOS_RETVAL_Siparis_ID", "ANOTHER-ORDER"))) {
            Map<String, String> forged = new LinkedHashMap<>(posted);
            forged.put(change.getKey(), change.getValue());
            ThreeDsFinish f = finish(forged, sale, PaymentModel.THREE_D_PAY);
            assertFalse(f.authentic(), change + " must be refused");
        }
        Map<String, String> hashless = new LinkedHashMap<>(posted);
        hashless.remove("TURKPOS_RETVAL_Hash");
        assertFalse(finish(hashless, sale, PaymentModel.THREE_D_PAY).authentic());
        ThreeDsSale other = sale(id, "15.00", "TRY");
        assertFalse(finish(posted, other, PaymentModel.THREE_D_PAY).authentic(), "another amount than ours");
        assertEquals(1, ledger(id).size());
    }

    @Test
    void aForeignCurrencyThreeDSaleGoesThroughTpIslemOdemeWdAndComesBackLikeThreeDPay() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "25.50", "USD");
        Map<String, String> posted = browse(sale, PaymentModel.THREE_D, "123456", "TP_Islem_Odeme_WD");
        assertEquals("USD", posted.get("TURKPOS_RETVAL_PB"));
        ThreeDsFinish f = finish(posted, sale, PaymentModel.THREE_D);
        assertTrue(f.authentic(), f.rejection());
        assertEquals(GatewayOutcome.APPROVED, f.result().outcome(), f.result().bankMessage());
        assertEquals("USD", ledger(id).get(0).currency());
        assertEquals(new BigDecimal("25.50"), ledger(id).get(0).amount());

        String eur = ParamGatewayContractTest.orderId();
        ThreeDsSale euros = sale(eur, "40.00", "EUR");
        ThreeDsFinish declined = finish(
                browse(euros, PaymentModel.THREE_D_PAY, "000000", "TP_Islem_Odeme_WD"),
                euros,
                PaymentModel.THREE_D_PAY);
        assertEquals("MD:0", declined.result().bankCode());
        assertTrue(ledger(eur).isEmpty());
    }

    @Test
    void whatParamDoesNotOfferIsNotSent() {
        String id = ParamGatewayContractTest.orderId();
        assertEquals(
                GatewayOutcome.NOT_SENT,
                start(sale(id, "10.00", "TRY"), PaymentModel.THREE_D_PAY, AuthorizationKind.PRE_AUTH)
                        .failure()
                        .outcome());
        assertEquals(
                GatewayOutcome.NOT_SENT,
                start(sale(id, "10.00", "USD"), PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH)
                        .failure()
                        .outcome());
        assertEquals(
                GatewayOutcome.NOT_SENT,
                start(sale(id, "10.00", "CHF"), PaymentModel.THREE_D_PAY, AuthorizationKind.SALE)
                        .failure()
                        .outcome());
        assertTrue(ledger(id).isEmpty());
    }
}
