package dev.vpos.gateway.vakifkatilim;

import static dev.vpos.gateway.vakifkatilim.VakifKatilimSimulatedBank.APPROVING;
import static dev.vpos.gateway.vakifkatilim.VakifKatilimSimulatedBank.form;
import static dev.vpos.gateway.vakifkatilim.VakifKatilimSimulatedBank.orderId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Vakıf Katılım's 3D and 3D Host round trips through the simulated bank's pages, as the payer's browser walks them:
 * the adapter provisions only an authentic, authenticated callback of our order with our amount, and takes a 3D Host
 * payment only from the bank's own order inquiry.
 */
class VakifKatilimThreeDsContractTest {

    private static final String OK = "https://shop.example/ok";
    private static final String FAIL = "https://shop.example/fail";

    private final VakifKatilimSimulatedBank bank = new VakifKatilimSimulatedBank();
    private final VakifKatilimGateway gateway =
            new VakifKatilimGateway(new BankHttpTransport(), Clock.system(ZoneId.of("Europe/Istanbul")));

    @AfterEach
    void stop() {
        bank.close();
    }

    @Test
    void threeDWithTheRightPasswordIsProvisionedWithTheMdForOurAmount() throws Exception {
        String order = orderId();
        ThreeDsSale expected = sale(order, "250.00", APPROVING, 1);
        ThreeDsStart start = gateway.startThreeDs(request(expected, PaymentModel.THREE_D), bank.account());
        assertFalse(start.isFailure(), String.valueOf(start.failure()));
        assertNotNull(start.html());
        assertFalse(
                start.exchange().maskedRequest().contains(APPROVING),
                start.exchange().maskedRequest());
        assertTrue(start.exchange().maskedRequest().contains("<TransactionSecurity>3</TransactionSecurity>"));

        Map<String, String> callback = throughTheAcs(start.html(), "123456", "submit");
        assertTrue(callback.containsKey("MD"));
        ThreeDsFinish finish = finish(callback, expected, PaymentModel.THREE_D);

        assertTrue(finish.authentic(), finish.rejection());
        assertEquals(
                GatewayOutcome.APPROVED,
                finish.result().outcome(),
                finish.result().exchange().toString());
        assertTrue(finish.result().exchange().maskedRequest().contains("<Key>MD</Key>"));
        assertTrue(finish.result().exchange().maskedRequest().contains("<Amount>25000</Amount>"));
        LedgerEntry booked = bank.ledger.newestFirst(Optional.of(order)).get(0);
        assertEquals(finish.result().authCode(), booked.authCode());
        assertEquals(new BigDecimal("250.00"), booked.amount());
        assertFalse(finish.callbackLog().maskedResponse().contains(callback.get("MD")), "the MD is not logged");
    }

    @Test
    void aWrongPasswordOrCancelIsAnAuthenticationFailureAndNothingIsBooked() throws Exception {
        for (String[] attempt : new String[][] {{"654321", "submit"}, {"", "cancel"}}) {
            String order = orderId();
            ThreeDsSale expected = sale(order, "25.00", APPROVING, 1);
            ThreeDsStart start = gateway.startThreeDs(request(expected, PaymentModel.THREE_D), bank.account());

            ThreeDsFinish finish =
                    finish(throughTheAcs(start.html(), attempt[0], attempt[1]), expected, PaymentModel.THREE_D);

            assertTrue(finish.authentic(), finish.rejection());
            assertDeclined("MPIAuthenticationStatusN", finish.result());
            assertTrue(bank.ledger.newestFirst(Optional.of(order)).isEmpty());
        }
    }

    @Test
    void aCardNotEnrolledEndsAtTheStartAndTheIssuersDeclineAtTheProvision() throws Exception {
        ThreeDsStart notEnrolled = gateway.startThreeDs(
                request(sale(orderId(), "25.00", "4000000000000069", 1), PaymentModel.THREE_D), bank.account());
        assertTrue(notEnrolled.isFailure());
        assertDeclined("CardNotEnrolled", notEnrolled.failure());

        ThreeDsSale expected = sale(orderId(), "25.00", "4546711234567894", 1);
        ThreeDsStart start = gateway.startThreeDs(request(expected, PaymentModel.THREE_D), bank.account());
        ThreeDsFinish finish = finish(throughTheAcs(start.html(), "123456", "submit"), expected, PaymentModel.THREE_D);
        assertDeclined("51", finish.result());
    }

    @Test
    void forgedOrForeignCallbacksAreRejectedAndNothingIsProvisioned() throws Exception {
        String order = orderId();
        ThreeDsSale expected = sale(order, "99.00", APPROVING, 1);
        ThreeDsStart start = gateway.startThreeDs(request(expected, PaymentModel.THREE_D), bank.account());
        Map<String, String> authentic = throughTheAcs(start.html(), "123456", "submit");

        Map<String, String> tampered = new HashMap<>(authentic);
        tampered.put("HashData", authentic.get("HashData").substring(1) + "A");
        assertFalse(finish(tampered, expected, PaymentModel.THREE_D).authentic());
        Map<String, String> unsigned = new HashMap<>(authentic);
        unsigned.remove("HashData");
        assertFalse(finish(unsigned, expected, PaymentModel.THREE_D).authentic());
        ThreeDsFinish foreign = finish(authentic, sale(orderId(), "99.00", APPROVING, 1), PaymentModel.THREE_D);
        assertFalse(foreign.authentic());
        assertTrue(foreign.rejection().contains("is for order"), foreign.rejection());
        assertTrue(bank.ledger.newestFirst(Optional.of(order)).isEmpty());

        assertEquals(
                GatewayOutcome.APPROVED,
                finish(authentic, expected, PaymentModel.THREE_D).result().outcome());
    }

    @Test
    void theBankProvisionsOnlyWhatWasAuthenticatedSoACallbackCannotChangeTheAmount() throws Exception {
        String order = orderId();
        ThreeDsSale enrolled = sale(order, "120.00", APPROVING, 1);
        ThreeDsStart start = gateway.startThreeDs(request(enrolled, PaymentModel.THREE_D), bank.account());
        Map<String, String> callback = throughTheAcs(start.html(), "123456", "submit");

        ThreeDsFinish other = finish(callback, sale(order, "12.00", APPROVING, 1), PaymentModel.THREE_D);
        assertDeclined("MetaDataNotFound", other.result());
        assertTrue(bank.ledger.newestFirst(Optional.of(order)).isEmpty());

        ThreeDsFinish right = finish(callback, enrolled, PaymentModel.THREE_D);
        assertEquals(
                GatewayOutcome.APPROVED,
                right.result().outcome(),
                right.result().exchange().toString());
        assertDeclined(
                "MetaDataNotFound",
                finish(callback, enrolled, PaymentModel.THREE_D).result());
        assertEquals(1, bank.ledger.newestFirst(Optional.of(order)).size(), "booked once");
    }

    @Test
    void threeDHostIsPaidOnTheBanksPageAndTakenFromTheBanksInquiry() throws Exception {
        String order = orderId();
        ThreeDsSale expected = ThreeDsSale.withoutCard(order, Money.of("150.00", "TRY"), 1, "10.0.0.1", null);
        ThreeDsStart start = gateway.startThreeDs(request(expected, PaymentModel.THREE_D_HOST), bank.account());
        assertFalse(start.isFailure(), String.valueOf(start.failure()));
        assertTrue(start.action().toString().endsWith("/VirtualPOS.Gateway/CommonPaymentPage/CommonPaymentPage"));
        assertEquals("15000", start.fields().get("Amount"));
        assertFalse(start.exchange().maskedRequest().contains(start.fields().get("HashPassword")));

        ThreeDsFinish finish = finish(throughTheHostPage(start, "123456"), expected, PaymentModel.THREE_D_HOST);
        assertTrue(finish.authentic(), finish.rejection());
        GatewayResult r = finish.result();
        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.exchange().toString());
        assertTrue(r.exchange().maskedRequest().contains("<MerchantOrderId>" + order + "</MerchantOrderId>"));
        assertTrue(r.references().get(VakifKatilimReferences.ORDER_ID).matches("\\d{9}"));
        LedgerEntry booked = bank.ledger.newestFirst(Optional.of(order)).get(0);
        assertEquals(new BigDecimal("150.00"), booked.amount());
        assertEquals(booked.authCode(), r.authCode());

        String failed = orderId();
        ThreeDsSale second = ThreeDsSale.withoutCard(failed, Money.of("150.00", "TRY"), 1, "10.0.0.1", null);
        ThreeDsStart again = gateway.startThreeDs(request(second, PaymentModel.THREE_D_HOST), bank.account());
        assertDeclined(
                "MPIAuthenticationStatusN",
                finish(throughTheHostPage(again, "000000"), second, PaymentModel.THREE_D_HOST)
                        .result());
        assertTrue(bank.ledger.newestFirst(Optional.of(failed)).isEmpty());
    }

    @Test
    void aHostPaymentForAnotherAmountOrAForgedApprovalIsNeverTaken() throws Exception {
        // the payer sees the form (HashPassword included) and can change it: the bank charges what it was sent
        String order = orderId();
        ThreeDsSale expected = ThreeDsSale.withoutCard(order, Money.of("150.00", "TRY"), 1, "10.0.0.1", null);
        ThreeDsStart start = gateway.startThreeDs(request(expected, PaymentModel.THREE_D_HOST), bank.account());
        Map<String, String> cheaper = new HashMap<>(start.fields());
        cheaper.put("Amount", "100");
        ThreeDsStart changed = new ThreeDsStart(start.action(), cheaper, null, null, start.exchange());
        ThreeDsFinish finish = finish(throughTheHostPage(changed, "123456"), expected, PaymentModel.THREE_D_HOST);
        assertFalse(finish.authentic(), "an approval of 1.00 is not our payment of 150.00");
        assertTrue(finish.rejection().contains("the bank holds 1.00"), finish.rejection());

        // with the hashed password from the form, a payer can sign an "approved" callback: the inquiry decides
        String forgedOrder = orderId();
        String hashed = start.fields().get("HashPassword");
        Map<String, String> forged = new HashMap<>();
        forged.put("ResponseCode", "00");
        forged.put("MerchantOrderId", forgedOrder);
        forged.put("OrderId", "123456789");
        forged.put("RRN", "634100000001");
        forged.put("ProvisionNumber", "123456");
        forged.put("HashData", VakifKatilimHash.answer(forgedOrder, "634100000001", "00", "123456789", hashed));
        ThreeDsFinish taken = finish(
                forged,
                ThreeDsSale.withoutCard(forgedOrder, Money.of("150.00", "TRY"), 1, "10.0.0.1", null),
                PaymentModel.THREE_D_HOST);
        assertTrue(taken.authentic(), "its hash verifies: only the bank's inquiry can tell");
        assertEquals(GatewayOutcome.UNKNOWN, taken.result().outcome(), "the bank has no such order: never approved");
        assertTrue(bank.ledger.newestFirst(Optional.of(forgedOrder)).isEmpty());
    }

    @Test
    void onlySalesAndHostPaymentsWithoutInstallmentsStart() {
        ThreeDsSale sale = sale(orderId(), "10.00", APPROVING, 1);
        ThreeDsStart preAuth = gateway.startThreeDs(
                new ThreeDsRequest(
                        sale, PaymentModel.THREE_D, AuthorizationKind.PRE_AUTH, URI.create(OK), URI.create(FAIL), "tr"),
                bank.account());
        assertEquals(GatewayOutcome.NOT_SENT, preAuth.failure().outcome());
        ThreeDsStart installments = gateway.startThreeDs(
                request(
                        ThreeDsSale.withoutCard(orderId(), Money.of("10.00", "TRY"), 3, null, null),
                        PaymentModel.THREE_D_HOST),
                bank.account());
        assertEquals(GatewayOutcome.NOT_SENT, installments.failure().outcome());
        ThreeDsStart pay = gateway.startThreeDs(request(sale, PaymentModel.THREE_D_PAY), bank.account());
        assertEquals(GatewayOutcome.NOT_SENT, pay.failure().outcome());
    }

    /** The bank's page posts to the ACS, the ACS form is answered, the callback comes back to us. */
    private Map<String, String> throughTheAcs(String bankPage, String otp, String action) throws Exception {
        VakifKatilimEnrollmentPage toAcs = form(bankPage);
        return answerTheAcs(bank.post(toAcs.action(), toAcs.formFields()), otp, action);
    }

    private Map<String, String> throughTheHostPage(ThreeDsStart start, String otp) throws Exception {
        VakifKatilimEnrollmentPage cardPage = form(bank.post(start.action().toString(), start.fields()));
        Map<String, String> card = new HashMap<>(cardPage.formFields());
        card.put("CardHolderName", "Şule Yılmaz");
        card.put("CardNumber", APPROVING);
        card.put("CardExpireDateMonth", "12");
        card.put("CardExpireDateYear", "30");
        card.put("CardCVV2", "123");
        return answerTheAcs(bank.post(cardPage.action(), card), otp, "submit");
    }

    private Map<String, String> answerTheAcs(String acsPage, String otp, String action) throws Exception {
        assertTrue(acsPage.contains("435508******4358") || acsPage.contains("454671******7894"), acsPage);
        VakifKatilimEnrollmentPage acs = form(acsPage);
        Map<String, String> answer = new HashMap<>(acs.formFields());
        answer.put("otp", otp);
        answer.put("action", action);
        VakifKatilimEnrollmentPage callback = form(bank.post(acs.action(), answer));
        assertTrue(callback.action().startsWith("https://shop.example/"), callback.action());
        return callback.formFields();
    }

    private ThreeDsFinish finish(Map<String, String> callback, ThreeDsSale expected, PaymentModel model) {
        return gateway.finishThreeDs(
                new ThreeDsCallback(callback, expected, model, AuthorizationKind.SALE), bank.account());
    }

    private static ThreeDsSale sale(String order, String amount, String card, int installments) {
        return new ThreeDsSale(
                order,
                Money.of(amount, "TRY"),
                installments,
                CardNumber.parse(card),
                CardExpiry.parse("12/30"),
                "000",
                "Şule Yılmaz",
                "10.0.0.1",
                "payer@example.com");
    }

    private static ThreeDsRequest request(ThreeDsSale sale, PaymentModel model) {
        return new ThreeDsRequest(sale, model, AuthorizationKind.SALE, URI.create(OK), URI.create(FAIL), "tr");
    }

    private static void assertDeclined(String code, GatewayResult r) {
        assertEquals(GatewayOutcome.DECLINED, r.outcome(), r.exchange().toString());
        assertEquals(code, r.bankCode(), r.exchange().toString());
    }
}
