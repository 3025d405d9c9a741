package dev.vpos.gateway.payfor;

import static dev.vpos.gateway.payfor.PayForGatewayContractTest.orderId;
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
import dev.vpos.simulator.payfor.PayForGate;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every PayFor 3-D model end to end: the adapter's form posted to the simulator's gate as the browser would, the ACS
 * answered, the callback handed to {@code finishThreeDs} (which for 3D provisions over HTTP).
 */
class PayForThreeDsContractTest {

    private static final URI OK = URI.create("https://shop.example/vpos/3d/callback?c=1");
    private static final URI FAIL = URI.create("https://shop.example/vpos/3d/callback?c=1&f=1");

    private final PayForSimulatedBank sim = new PayForSimulatedBank();
    private final PayForGateway gateway = new PayForGateway(new BankHttpTransport());
    private final GatewayAccount account = sim.account();

    @AfterEach
    void stop() {
        sim.close();
    }

    private static ThreeDsSale sale(String orderId, String amount, String pan, int installments) {
        return new ThreeDsSale(
                orderId,
                Money.of(amount, "TRY"),
                installments,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "123",
                "Ayşe Yılmaz",
                "127.0.0.1",
                "payer@example.com");
    }

    /** Start, post the form to the gate, answer the ACS: the callback fields the browser would post back. */
    private Map<String, String> browse(ThreeDsSale sale, PaymentModel model, AuthorizationKind kind, String otp) {
        ThreeDsStart start = gateway.startThreeDs(new ThreeDsRequest(sale, model, kind, OK, FAIL, "tr"), account);
        assertFalse(start.isFailure());
        boolean host = model == PaymentModel.THREE_D_HOST;
        assertEquals(
                sim.server.uri(host ? "/payfor/Gateway/3DHost.aspx" : "/payfor/Gateway/Default.aspx"), start.action());
        PayForGate.Page page = sim.bank.gate().open(start.fields(), host);
        if (host) {
            assertEquals(PayForGate.Page.Kind.CARD_FORM, page.kind());
            page = sim.bank
                    .gate()
                    .enterCard(Map.of(
                            "RequestGuid",
                            page.requestGuid(),
                            "Pan",
                            "4355084355084358",
                            "Expiry",
                            "1230",
                            "Cvv2",
                            "123",
                            "CardHolderName",
                            "Ayse Yilmaz"));
        }
        if (page.kind() == PayForGate.Page.Kind.ACS) {
            page = sim.bank
                    .gate()
                    .authenticate(Map.of("RequestGuid", page.requestGuid(), "Otp", otp, "Action", "Submit"));
        }
        assertEquals(PayForGate.Page.Kind.CALLBACK, page.kind(), page.html());
        return page.callbackFields();
    }

    private ThreeDsFinish finish(
            Map<String, String> posted, ThreeDsSale expected, PaymentModel model, AuthorizationKind kind) {
        return gateway.finishThreeDs(new ThreeDsCallback(posted, expected, model, kind), account);
    }

    @Test
    void theGateFormIsSignedAndItsLogCopyMasked() {
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        sale(orderId(), "10.00", "4355084355084358", 3),
                        PaymentModel.THREE_D_PAY,
                        AuthorizationKind.SALE,
                        OK,
                        FAIL,
                        "en"),
                account);

        Map<String, String> f = start.fields();
        assertEquals("3DPay", f.get("SecureType"));
        assertEquals("3", f.get("InstallmentCount"));
        assertEquals("1230", f.get("Expiry"));
        assertEquals("EN", f.get("Lang"));
        assertEquals(
                PayForHash.request(
                        "5",
                        f.get("OrderId"),
                        "10.00",
                        OK.toString(),
                        FAIL.toString(),
                        "Auth",
                        "3",
                        f.get("Rnd"),
                        "12345678"),
                f.get("Hash"));
        String logged = start.exchange().maskedRequest();
        assertTrue(
                logged.contains("Pan=435508******4358") && logged.contains("Cvv2=***") && logged.contains("Hash=***"),
                logged);
        assertFalse(logged.contains("4355084355084358") || logged.contains(f.get("Hash")));
    }

    @Test
    void threeDModelAuthenticatesThenTheAdapterProvisions() {
        ThreeDsSale sale = sale(orderId(), "55.00", "4355084355084358", 1);
        Map<String, String> callback = browse(sale, PaymentModel.THREE_D, AuthorizationKind.SALE, "123456");

        ThreeDsFinish done = finish(callback, sale, PaymentModel.THREE_D, AuthorizationKind.SALE);
        assertTrue(done.authentic(), done.rejection());
        assertEquals(
                GatewayOutcome.APPROVED, done.result().outcome(), done.result().bankMessage());
        assertTrue(done.result().exchange().maskedRequest().contains("<SecureType>3DModelPayment</SecureType>"));
        assertEquals(
                sim.ledger
                        .entriesOf("PAYFOR", "5_085300000009704", sale.bankOrderId())
                        .get(0)
                        .authCode(),
                done.result().authCode());
        assertFalse(done.callbackLog().maskedResponse().contains(callback.get("ResponseHash")));
    }

    @Test
    void threeDModelPreAuthIsProvisionedAsAPreAuth() {
        ThreeDsSale sale = sale(orderId(), "55.00", "5401341234567891", 1);
        ThreeDsFinish done = finish(
                browse(sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH, "123456"),
                sale,
                PaymentModel.THREE_D,
                AuthorizationKind.PRE_AUTH);
        assertTrue(done.result().approved());
        assertEquals(
                "PRE_AUTH",
                sim.ledger
                        .entriesOf("PAYFOR", "5_085300000009704", sale.bankOrderId())
                        .get(0)
                        .type()
                        .name());
    }

    @Test
    void aWrongOtpIsADeclineWithTheFamilys3DCode() {
        for (PaymentModel model :
                new PaymentModel[] {PaymentModel.THREE_D, PaymentModel.THREE_D_PAY, PaymentModel.THREE_D_HOST}) {
            ThreeDsSale sale = sale(orderId(), "10.00", "4355084355084358", 1);
            ThreeDsFinish done =
                    finish(browse(sale, model, AuthorizationKind.SALE, "000000"), sale, model, AuthorizationKind.SALE);
            assertTrue(done.authentic(), done.rejection());
            assertEquals(GatewayOutcome.DECLINED, done.result().outcome());
            assertEquals("3D:-1", done.result().bankCode(), model.name());
        }
    }

    @Test
    void aNotEnrolledCardIsADeclineWith3D2() {
        ThreeDsSale sale = sale(orderId(), "10.00", "4000000000000069", 1);
        ThreeDsFinish done = finish(
                browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456"),
                sale,
                PaymentModel.THREE_D_PAY,
                AuthorizationKind.SALE);
        assertEquals("3D:2", done.result().bankCode());
    }

    @Test
    void threeDPayReadsTheResultFromTheCallback() {
        ThreeDsSale approved = sale(orderId(), "10.00", "4355084355084358", 1);
        ThreeDsFinish ok = finish(
                browse(approved, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456"),
                approved,
                PaymentModel.THREE_D_PAY,
                AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.APPROVED, ok.result().outcome());
        var booked = sim.ledger
                .entriesOf("PAYFOR", "5_085300000009704", approved.bankOrderId())
                .get(0);
        assertEquals(booked.authCode(), ok.result().authCode());
        assertEquals(booked.hostRefNum(), ok.result().hostRefNum());

        ThreeDsSale declined = sale(orderId(), "10.51", "4355084355084358", 1);
        ThreeDsFinish no = finish(
                browse(declined, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456"),
                declined,
                PaymentModel.THREE_D_PAY,
                AuthorizationKind.SALE);
        assertEquals(GatewayOutcome.DECLINED, no.result().outcome());
        assertEquals("51", no.result().bankCode());
    }

    @Test
    void threeDHostTakesTheCardOnTheBanksPage() {
        ThreeDsSale sale =
                ThreeDsSale.withoutCard(orderId(), Money.of("33.30", "TRY"), 1, "127.0.0.1", "p@example.com");
        Map<String, String> callback = browse(sale, PaymentModel.THREE_D_HOST, AuthorizationKind.SALE, "123456");
        ThreeDsFinish done = finish(callback, sale, PaymentModel.THREE_D_HOST, AuthorizationKind.SALE);
        assertEquals(
                GatewayOutcome.APPROVED, done.result().outcome(), done.result().bankMessage());
    }

    @Test
    void aTamperedCallbackIsRejected() {
        ThreeDsSale sale = sale(orderId(), "10.00", "4355084355084358", 1);
        Map<String, String> genuine = browse(sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456");

        Map<String, String> amount = new HashMap<>(genuine);
        amount.put("PurchAmount", "1.00");
        assertRejected(finish(amount, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE), "amount");

        Map<String, String> hash = new HashMap<>(genuine);
        hash.put("ProcReturnCode", "00");
        hash.put("3DStatus", "1");
        hash.put("AuthCode", "S99999");
        assertRejected(finish(hash, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE), "ResponseHash");

        ThreeDsSale other = sale(orderId(), "10.00", "4355084355084358", 1);
        Map<String, String> otherOrder = browse(other, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE, "123456");
        assertRejected(finish(otherOrder, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.SALE), "order");

        assertRejected(finish(genuine, sale, PaymentModel.THREE_D_PAY, AuthorizationKind.PRE_AUTH), "TxnType");
        assertRejected(
                finish(
                        genuine,
                        sale(sale.bankOrderId(), "10.00", "4355084355084358", 3),
                        PaymentModel.THREE_D_PAY,
                        AuthorizationKind.SALE),
                "installments");
    }

    private static void assertRejected(ThreeDsFinish finish, String why) {
        assertFalse(finish.authentic());
        assertTrue(finish.rejection().contains(why), finish.rejection());
    }
}
