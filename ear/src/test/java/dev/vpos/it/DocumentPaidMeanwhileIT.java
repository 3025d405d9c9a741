package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A payer is at the bank's 3-D page for an order while the same order is paid through another channel. When the payer
 * confirms, the bank has taken the money: the approval must be recorded (state, batch record, the payer sent back
 * paid), never lost because the ERP document is already paid. The document takes what is open (nothing here), the
 * rest is not applied to it, and the collection is raised to finance, who refund the payer or keep the money on the
 * customer's account. Before, the ERP refused the payment, the state change rolled back, and the bank's approval was
 * recorded nowhere (the payer got an error page and the janitor's status checks failed the same way each time).
 */
class DocumentPaidMeanwhileIT {

    private static final String RETURN_URL = "http://portal.example/back";

    @Test
    void aThreeDPaymentConfirmedAfterTheOrderWasPaidMeanwhileIsRecordedAndRaisedToFinance() {
        long company = Sales.demoCompanyId();
        long customer = Sales.firstCustomerAccountId(company);
        String order = MyPosOrders.next();
        long threeD = FamilyOperationsIT.definition(company, "EST", "THREE_D");

        // the first payer reaches the bank's password page
        String slow = openSession(company, customer, order);
        HtmlForms.Form acs = toAcs(slow, threeD);

        // meanwhile the same order is paid in full through another session (a non-3D method)
        String quick = openSession(company, customer, order);
        long regular = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        URI quickPage = URI.create(TestServer.BASE + "/vpos/pay/" + quick);
        TestServer.Reply paid = HtmlForms.submit(
                HtmlForms.first(
                        quickPage,
                        TestServer.send(HttpRequest.newBuilder(quickPage).GET().build())
                                .body()),
                f -> card(f, regular));
        assertEquals(302, paid.status(), paid.toString());
        assertTrue(paid.location().contains("status=PAID"), paid.location());
        assertFalse(openDocuments(company, customer).contains("\"" + order + "\""), "the order is paid");

        // the first payer confirms at the bank: the approval is recorded and the payer goes back paid
        TestServer.Reply back = HtmlForms.submit(ThreeDsCheckoutIT.callbackAfter(acs, "123456"), f -> f);
        assertEquals(302, back.status(), back.toString());
        assertTrue(back.location().contains("status=PAID"), back.location());
        String reference = ThreeDsCheckoutIT.session(slow).getString("collectionReference");
        JsonObject collection = TestServer.get(TestServer.API + "/collections/" + reference, "finance")
                .json();
        assertEquals("APPROVED", collection.getString("state"), collection.toString());
        assertEquals(
                0,
                new java.math.BigDecimal("480.00")
                        .compareTo(collection.getJsonNumber("amount").bigDecimalValue()));
        assertTrue(collection.getBoolean("needsAttention"), "raised to finance: " + collection);
        // its batch record exists (for the bank's settlement to match), and its history says why it was raised
        JsonObject records = TestServer.get(TestServer.API + "/batches?definitionId=" + threeD, "finance")
                .json();
        assertEquals(1, records.getJsonArray("items").size(), records.toString());
        JsonObject record = records.getJsonArray("items").getJsonObject(0);
        assertEquals(
                0,
                new java.math.BigDecimal("480.00")
                        .compareTo(new java.math.BigDecimal(
                                record.get("amount").toString().replace("\"", ""))),
                record.toString());
        String detail = TestServer.get(
                        TestServer.API + "/batches/"
                                + record.getJsonNumber("id").longValue(),
                        "finance")
                .body();
        assertTrue(detail.contains("could not take 480.00 TRY"), detail);
    }

    private static String openSession(long company, long customer, String order) {
        String json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", customer)
                .add("purpose", "ORDER")
                .add("reference", order)
                .add("amount", "480.00")
                .add("currency", "TRY")
                .add("returnUrl", RETURN_URL)
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(TestServer.API + "/checkout-sessions", "portal", json, Map.of());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    private static Map<String, String> card(Map<String, String> f, long method) {
        f.put("holder", "Ayse Yilmaz");
        f.put("cardNumber", Sales.APPROVED_CARD);
        f.put("expiry", "12/30");
        f.put("cvv", "123");
        f.put("installments", "1");
        f.put("method", String.valueOf(method));
        return f;
    }

    /** Our page with the 3-D method → the bank's gate → its password page (not answered yet). */
    private static HtmlForms.Form toAcs(String session, long method) {
        URI page = URI.create(TestServer.BASE + "/vpos/pay/" + session);
        HtmlForms.Form ours = HtmlForms.first(
                page,
                TestServer.send(HttpRequest.newBuilder(page).GET().build()).body());
        TestServer.Reply toBank = HtmlForms.submit(ours, f -> card(f, method));
        assertEquals(200, toBank.status(), toBank.toString());
        HtmlForms.Form gate = HtmlForms.first(page, toBank.body());
        TestServer.Reply acs = HtmlForms.submit(gate, f -> f);
        assertEquals(200, acs.status(), acs.toString());
        return HtmlForms.first(gate.action(), acs.body());
    }

    private static String openDocuments(long company, long customer) {
        return TestServer.get(
                        TestServer.API + "/companies/" + company + "/customer-accounts/" + customer + "/open-documents",
                        "collector")
                .body();
    }
}
