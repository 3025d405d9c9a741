package dev.vpos.simulator.payfor;

import static dev.vpos.simulator.payfor.PayForTestBank.gateForm;
import static dev.vpos.simulator.payfor.PayForTestBank.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.payfor.PayForGate.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayForGateTest {

    private final PayForTestBank t = new PayForTestBank();
    private final PayForGate gate = t.bank.gate();

    private Page acs(Page page, String otp) {
        return gate.authenticate(Map.of("RequestGuid", page.requestGuid(), "Otp", otp, "Action", "Submit"));
    }

    private List<LedgerEntry> booked() {
        return t.ledger.newestFirst(Optional.empty());
    }

    private static void assertSigned(Map<String, String> f) {
        assertEquals(
                PayForHash.response(
                        PayForTestBank.MERCHANT,
                        PayForTestBank.STORE_KEY,
                        f.get("OrderId"),
                        f.get("AuthCode"),
                        f.get("ProcReturnCode"),
                        f.get("3DStatus"),
                        f.get("ResponseRnd"),
                        PayForTestBank.USER),
                f.get("ResponseHash"));
    }

    @Test
    void theAcsPageShowsTheMaskedCardAmountAndMerchant() {
        Page page = gate.open(gateForm("3DPay", "Auth", "VP261123ACS000000001", "10.00", "4355084355084358"), false);

        assertEquals(Page.Kind.ACS, page.kind());
        assertTrue(
                page.html().contains("435508******4358")
                        && page.html().contains("10.00 TL")
                        && page.html().contains("3D PAY TEST ISYERI")
                        && page.html().contains("name=\"Otp\""),
                page.html());
        assertFalse(page.html().contains("4355084355084358"));
    }

    @Test
    void threeDPayWithTheRightOtpProvisionsAndCallsBackSigned() {
        Page callback = acs(
                gate.open(gateForm("3DPay", "Auth", "VP261123PAY000000001", "10.00", "4355084355084358"), false),
                "123456");

        Map<String, String> f = callback.callbackFields();
        assertEquals("https://shop.example/payfor/ok?x=1&y=a'b", callback.callbackUrl());
        assertEquals("00", f.get("ProcReturnCode"));
        assertEquals("1", f.get("3DStatus"));
        assertEquals("Success", f.get("TxnResult"));
        assertTrue(f.get("AuthCode").matches("S\\d{5}"));
        assertSigned(f);
        assertTrue(
                callback.html().contains("action=\"https://shop.example/payfor/ok?x=1&amp;y=a&#39;b\""),
                callback.html());
        assertEquals(f.get("AuthCode"), booked().get(0).authCode());
        assertEquals(f.get("HostRefNum"), booked().get(0).hostRefNum());
    }

    @Test
    void threeDPayDeclinesByTheOutcomeTableAfterAuthentication() {
        Page callback = acs(
                gate.open(gateForm("3DPay", "Auth", "VP261123PAY000000002", "10.51", "4355084355084358"), false),
                "123456");

        assertEquals("51", callback.callbackFields().get("ProcReturnCode"));
        assertEquals("https://shop.example/payfor/fail", callback.callbackUrl());
        assertSigned(callback.callbackFields());
    }

    @Test
    void aWrongOtpOrCancelFailsAuthenticationAndBooksNothing() {
        Page wrong = acs(
                gate.open(gateForm("3DPay", "Auth", "VP261123OTP000000001", "10.00", "4355084355084358"), false),
                "654321");
        Page cancelled = gate.authenticate(Map.of(
                "RequestGuid",
                gate.open(gateForm("3DModel", "Auth", "VP261123OTP000000002", "10.00", "4355084355084358"), false)
                        .requestGuid(),
                "Otp",
                "123456",
                "Action",
                "Cancel"));

        assertEquals("-1", wrong.callbackFields().get("3DStatus"));
        assertEquals("MR15", wrong.callbackFields().get("ProcReturnCode"));
        assertEquals("V034", cancelled.callbackFields().get("ProcReturnCode"));
        assertEquals("https://shop.example/payfor/fail", wrong.callbackUrl());
        assertSigned(wrong.callbackFields());
        assertTrue(booked().isEmpty());
        assertEquals(Page.Kind.ERROR, acs(wrong, "123456").kind(), "one answer per ACS page");
    }

    @Test
    void aNotEnrolledCardComesBackWithStatus2WithoutAnAcsPage() {
        Page page = gate.open(gateForm("3DModel", "Auth", "VP261123ENROLL000001", "10.00", "4000000000000069"), false);

        assertEquals(Page.Kind.CALLBACK, page.kind());
        assertEquals("2", page.callbackFields().get("3DStatus"));
        assertSigned(page.callbackFields());
    }

    @Test
    void aTamperedFormFailsTheHashCheck() {
        Page page = gate.open(
                with(
                        gateForm("3DPay", "Auth", "VP261123HASH00000001", "10.00", "4355084355084358"),
                        f -> f.put("PurchAmount", "1.00")),
                false);

        assertEquals("M030", page.callbackFields().get("ProcReturnCode"));
        assertEquals("-1", page.callbackFields().get("3DStatus"));
        assertEquals(
                Page.Kind.ERROR,
                gate.open(
                                with(
                                        gateForm("3DPay", "Auth", "VP2", "1.00", "4355084355084358"),
                                        f -> f.put("MerchantID", "999")),
                                false)
                        .kind());
    }

    @Test
    void threeDModelIsProvisionedByTheApiOnceWithTheRequestGuid() {
        Page callback = acs(
                gate.open(gateForm("3DModel", "PreAuth", "VP261123MODEL0000001", "10.00", "5401341234567891"), false),
                "123456");
        Map<String, String> f = callback.callbackFields();
        assertEquals("V033", f.get("ProcReturnCode"));
        assertEquals("02", f.get("Eci"));
        assertTrue(booked().isEmpty(), "3D model: the gate does not provision");

        Map<String, String> provision = new LinkedHashMap<>();
        provision.put("RequestGuid", f.get("RequestGuid"));
        provision.put("UserCode", PayForTestBank.USER);
        provision.put("UserPass", "wrong");
        provision.put("OrderId", "VP261123MODEL0000001");
        provision.put("SecureType", "3DModelPayment");
        assertEquals("V004", t.post(provision).get("ProcReturnCode"));
        provision.put("UserPass", PayForTestBank.PASS);
        PayForAnswer approved = t.post(provision);
        assertEquals("00", approved.get("ProcReturnCode"));
        assertEquals("VP261123MODEL0000001", approved.get("TransId"));
        assertEquals(LedgerType.PRE_AUTH, booked().get(0).type());
        assertEquals("V029", t.post(provision).get("ProcReturnCode"));
        assertEquals(1, booked().size());
    }

    @Test
    void threeDHostShowsTheBanksCardFormFirst() {
        Page form = gate.open(gateForm("3DHost", "Auth", "VP261123HOST00000001", "25.00", null), true);
        assertEquals(Page.Kind.CARD_FORM, form.kind());

        Page again = gate.enterCard(
                Map.of("RequestGuid", form.requestGuid(), "Pan", "4355084355084357", "Expiry", "1230", "Cvv2", "123"));
        assertEquals(Page.Kind.CARD_FORM, again.kind());
        assertTrue(again.html().contains("Geçersiz kart numarası"));

        Page acsPage = gate.enterCard(Map.of(
                "RequestGuid",
                form.requestGuid(),
                "Pan",
                "4355084355084358",
                "Expiry",
                "1230",
                "Cvv2",
                "123",
                "CardHolderName",
                "A B"));
        Page callback = acs(acsPage, "123456");
        assertEquals("00", callback.callbackFields().get("ProcReturnCode"));
        assertEquals("3DHost", callback.callbackFields().get("SecureType"));
        assertSigned(callback.callbackFields());
        assertEquals(1, booked().size());
    }

    @Test
    void theGateRefusesAnOrderItHasApproved() {
        acs(gate.open(gateForm("3DPay", "Auth", "VP261123AGAIN0000001", "10.00", "4355084355084358"), false), "123456");
        Page again = gate.open(gateForm("3DPay", "Auth", "VP261123AGAIN0000001", "10.00", "4355084355084358"), false);
        assertEquals("101310", again.callbackFields().get("ProcReturnCode"));
    }
}
