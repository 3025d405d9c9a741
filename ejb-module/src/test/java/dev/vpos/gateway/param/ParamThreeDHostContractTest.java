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
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.param.ParamBank;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Param's 3D Host model (its shared payment page) through the CXF client generated from our second WSDL: the start
 * ({@code TO_Pre_Encrypting_OOS} with the SOAP header) answers the token, the payer is sent to
 * {@code default.aspx?s=} with a GET, types the card on the bank's page, authenticates, and the bank posts
 * {@code TURKPOS_RETVAL_*} back; verified, then confirmed by {@code TP_Islem_Sorgulama4}.
 */
class ParamThreeDHostContractTest {

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
        return ThreeDsSale.withoutCard(orderId, Money.of(amount, currency), 1, "127.0.0.1", "payer@example.com");
    }

    private ThreeDsStart start(ThreeDsSale sale, AuthorizationKind kind, GatewayAccount on) {
        return gateway.startThreeDs(
                new ThreeDsRequest(sale, PaymentModel.THREE_D_HOST, kind, CALLBACK, CALLBACK, "tr"), on);
    }

    private Map<String, String> browse(ThreeDsSale sale, String otp) {
        ThreeDsStart start = start(sale, AuthorizationKind.SALE, account);
        assertFalse(start.isFailure(), String.valueOf(start.failure()));
        String sent = start.exchange().maskedRequest();
        assertTrue(sent.contains("TO_Pre_Encrypting_OOS") && sent.contains("ServiceSecuritySoapHeader"), sent);
        assertTrue(sent.contains("<CLIENT_PASSWORD>***</CLIENT_PASSWORD>"), "the header's password is masked: " + sent);
        HostedFlow.Form toBank = HostedFlow.firstForm(start.html());
        assertEquals("get", toBank.method().toLowerCase());
        assertEquals(sim.familyBase() + "/default.aspx", toBank.action());
        ParamBank.Page cardPage = sim.bank.hostedPage(toBank.fields().get("s"), sim.familyBase());
        assertEquals(200, cardPage.status(), cardPage.html());
        Map<String, String> card =
                new LinkedHashMap<>(HostedFlow.firstForm(cardPage.html()).fields());
        card.put("holder", "Ayşe Yılmaz");
        card.put("cardNumber", CARD);
        card.put("expiryMonth", "12");
        card.put("expiryYear", "30");
        card.put("cvv", "123");
        ParamBank.Page acs = sim.bank.hostedCard(card, sim.familyBase());
        assertEquals(200, acs.status(), acs.html());
        Map<String, String> answer =
                new LinkedHashMap<>(HostedFlow.firstForm(acs.html()).fields());
        answer.put("otp", otp);
        HostedFlow.Form back = HostedFlow.firstForm(sim.bank.verify(answer).html());
        assertEquals(CALLBACK.toString(), back.action());
        return back.fields();
    }

    private ThreeDsFinish finish(Map<String, String> posted, ThreeDsSale expected) {
        return gateway.finishThreeDs(
                new ThreeDsCallback(posted, expected, PaymentModel.THREE_D_HOST, AuthorizationKind.SALE), account);
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf("PARAM", "10738", orderId);
    }

    @Test
    void aHostedPagePaymentIsPaidOnParamsPageAndConfirmedByItsStatusThenCancelled() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.00", "TRY");
        Map<String, String> posted = browse(sale, "123456");
        assertEquals(id, posted.get("TURKPOS_RETVAL_Islem_ID"));
        ThreeDsFinish f = finish(posted, sale);
        assertTrue(f.authentic(), f.rejection());
        GatewayResult r = f.result();
        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.bankMessage());
        assertEquals(new BigDecimal("150.00"), ledger(id).get(0).amount());

        FollowUp cancel =
                new FollowUp(id, "C" + id, Money.of("150.00", "TRY"), Money.of("150.00", "TRY"), 1, r.references());
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.voidTransaction(cancel, account).outcome());
    }

    @Test
    void aWrongPasswordIsDeclinedAndATamperedPostRefused() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.00", "TRY");
        ThreeDsFinish wrong = finish(browse(sale, "000000"), sale);
        assertEquals(GatewayOutcome.DECLINED, wrong.result().outcome());
        assertEquals("MD:0", wrong.result().bankCode());
        assertTrue(ledger(id).isEmpty());

        String paid = ParamGatewayContractTest.orderId();
        ThreeDsSale other = sale(paid, "150.00", "TRY");
        Map<String, String> posted = browse(other, "123456");
        for (Map.Entry<String, String> change : List.of(
                Map.entry("TURKPOS_RETVAL_Tahsilat_Tutari", "151,00"),
                Map.entry("TURKPOS_RETVAL_Islem_ID", id),
                Map.entry("TURKPOS_RETVAL_Hash", posted.get("TURKPOS_RETVAL_Hash") + "A"))) {
            Map<String, String> forged = new LinkedHashMap<>(posted);
            forged.put(change.getKey(), change.getValue());
            assertFalse(finish(forged, other).authentic(), change + " must be refused");
        }
        assertTrue(finish(posted, other).authentic());
    }

    @Test
    void anOrderParamNumberedItselfIsAskedByItsNumberAndNeverApprovedOnThePostAlone() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "150.00", "TRY");
        Map<String, String> posted = new LinkedHashMap<>(browse(sale, "123456"));
        // as if Param had numbered the order itself: a post signed correctly, for an order the bank's status does not
        // know
        posted.put("TURKPOS_RETVAL_Siparis_ID", "P" + id);
        posted.put(
                "TURKPOS_RETVAL_Hash",
                ParamHash.returnValues(
                        "10738",
                        ParamSimulatedBank.GUID,
                        posted.get("TURKPOS_RETVAL_Dekont_ID"),
                        posted.get("TURKPOS_RETVAL_Tahsilat_Tutari"),
                        "P" + id,
                        posted.get("TURKPOS_RETVAL_Islem_ID")));
        ThreeDsFinish f = finish(posted, sale);
        assertTrue(f.authentic(), f.rejection());
        assertEquals(GatewayOutcome.UNKNOWN, f.result().outcome(), "the post says paid, the bank knows no such order");
        assertTrue(
                f.result().exchange().maskedRequest().contains("Siparis_ID>P" + id + "<"),
                "the status is asked for Param's number");
        assertEquals("P" + id, f.result().references().get(ParamGateway.PARAM_ORDER));
    }

    @Test
    void aEuroPaymentCarriesItsCurrencyAndWrongCredentialsAreDeclined() {
        String id = ParamGatewayContractTest.orderId();
        ThreeDsSale sale = sale(id, "40.00", "EUR");
        ThreeDsStart start = start(sale, AuthorizationKind.SALE, account);
        assertTrue(start.exchange().maskedRequest().contains("<Doviz_Kodu>1002</Doviz_Kodu>"));
        ThreeDsFinish f = finish(browse(sale, "123456"), sale);
        assertEquals(GatewayOutcome.APPROVED, f.result().outcome(), f.result().bankMessage());
        assertEquals("EUR", ledger(id).get(0).currency());

        GatewayAccount wrong =
                ParamSimulatedBank.account(sim.endpoint(), Duration.ofSeconds(5), "wrong", ParamSimulatedBank.GUID);
        ThreeDsStart refused =
                start(sale(ParamGatewayContractTest.orderId(), "10.00", "TRY"), AuthorizationKind.SALE, wrong);
        assertEquals(GatewayOutcome.DECLINED, refused.failure().outcome());
        assertEquals("-101", refused.failure().bankCode());
        assertEquals(
                GatewayOutcome.NOT_SENT,
                start(sale(id, "10.00", "TRY"), AuthorizationKind.PRE_AUTH, account)
                        .failure()
                        .outcome());
    }

    @Test
    void theServiceAndPageAreParamsOwnForParamsHostsAndBesideTheEndpointOtherwise() {
        assertEquals(
                URI.create("https://test-pos.param.com.tr/to.ws/Service_Odeme.asmx"),
                ParamHostedPage.service(
                        URI.create("https://test-dmz.param.com.tr/turkpos.ws/service_turkpos_test.asmx")));
        assertEquals(
                URI.create("https://pos.param.com.tr/Tahsilat/Default.aspx"),
                ParamHostedPage.page(URI.create("https://posws.param.com.tr/turkpos.ws/service_turkpos_prod.asmx")));
        assertEquals(sim.server.uri(ParamSimulatedBank.HOSTED_SERVICE), ParamHostedPage.service(sim.endpoint()));
        assertTrue(ParamHostedPage.isToken("AAECAwQFBgcICQoLDA0ODw=="));
        assertFalse(ParamHostedPage.isToken("SOAP Güvenlik Hatası.192.168.190.2"));
    }
}
