package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo portal's orders paid with myPOS through the real server and the simulated myPOS: our hosted page (method
 * myPOS) → myPOS's checkout page → card → myPOS's signed IPCPurchaseNotify to our inbox (before the payer is sent
 * back) → the payer's return → the order paid, once. A resent notification changes nothing; a forged one is refused
 * and kept; a withheld one is made up for by the janitor asking IPCGetTxnStatus; a card saved with the payer's
 * consent pays the next order without the card being entered, and is deleted by the payer or by finance.
 */
class MyPosCheckoutIT {

    private static final String RETURN_URL = "http://portal.example/mypos/back";
    private static final String CARD = "4111111111111111";

    @AfterEach
    void nothingWithheldNoOutage() {
        TestServer.postJson(TestServer.SIMULATOR + "/control/notifications", null, "{\"withhold\":false}", Map.of());
        TestServer.postJson(TestServer.SIMULATOR + "/control/outage", null, "{\"down\":false}", Map.of());
    }

    // ---- the flow --------------------------------------------------------------------------------------------------

    @Test
    void anOrderPaidAtMyPosIsApprovedByTheNotificationBeforeThePayerComesBackAndTheReturnShowsItPaid() {
        Demo demo = Demo.get();
        String order = MyPosOrders.next();
        String session = openSession(demo, order);

        Paid paid = payAtMyPos(demo, session, CARD, false);
        // myPOS notified us before it sent the payer back: the notification alone approves the collection
        JsonObject collection = await(() -> collection(paid.reference()), c -> "APPROVED".equals(c.getString("state")));
        assertEquals(demo.mypos(), collection.getJsonNumber("definitionId").longValue());
        assertEquals("0", collection.getString("bankCode"));
        assertFalse(openDocuments(demo).contains(order), "the order is paid");
        // the notification's own row is marked APPLIED in the transaction after the one that approved the collection
        JsonObject notified = await(
                () -> notifications(collection.getString("bankOrderId")).getJsonObject(0),
                n -> !"RECEIVED".equals(n.getString("status")));
        assertEquals("APPLIED", notified.getString("status"));
        assertEquals("PAYMENT_APPROVED", notified.getString("kind"));
        assertTrue(notified.getString("eventId")
                .startsWith("IPCPurchaseNotify:" + collection.getString("bankOrderId") + ":"));

        TestServer.Reply back = HtmlForms.submit(paid.returnToShop(), f -> f);
        assertEquals(302, back.status(), back.toString());
        assertTrue(back.location().startsWith(RETURN_URL) && back.location().contains("status=PAID"), back.location());
        assertEquals("APPROVED", collection(paid.reference()).getString("state"));
        JsonObject batch = TestServer.get(
                        TestServer.API + "/batches?q=" + collection.getString("bankOrderId"), "finance")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(
                "480.00",
                batch.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString());
        // the definition's fee: 2.90% of 480.00 (13.92) + 0.25
        assertEquals(
                "14.17",
                batch.getJsonNumber("commission").bigDecimalValue().setScale(2).toPlainString(),
                batch.toString());
    }

    @Test
    void aResentNotificationChangesNothingAndAForgedOneIsRefusedKeptAndChangesNothing() throws Exception {
        Demo demo = Demo.get();
        String session = openSession(demo, MyPosOrders.next());
        Paid paid = payAtMyPos(demo, session, CARD, false);
        JsonObject approved = await(() -> collection(paid.reference()), c -> "APPROVED".equals(c.getString("state")));
        String orderId = approved.getString("bankOrderId");
        String trnref = approved.getString("hostRefNum");

        // myPOS sends the same notification again (same transaction): acknowledged, recognised, nothing moves
        Map<String, String> notify = MyPosSigning.notifyFields(orderId, trnref, "480.00");
        TestServer.Reply again = notify(demo, MyPosSigning.signedByMyPos(notify));
        assertEquals(200, again.status(), again.toString());
        assertEquals("OK", again.body());
        JsonArray both = await(() -> notifications(orderId), a -> a.size() == 2);
        assertTrue(
                both.stream().map(v -> ((JsonObject) v).getString("status")).anyMatch("DUPLICATE"::equals),
                both.toString());

        // a notification someone else signed: refused without "OK", stored for the record, the order untouched
        TestServer.Reply forged =
                notify(demo, MyPosSigning.signedByAnotherKey(MyPosSigning.notifyFields(orderId, "99999999", "1.00")));
        assertEquals(400, forged.status(), forged.toString());
        assertFalse(forged.body().contains("OK"));
        // a refused notification names no order (nothing in it is believed): finance finds it among the rejected ones
        JsonObject rejected = TestServer.get(
                        TestServer.API + "/provider-notifications?status=REJECTED&definitionId=" + demo.mypos(),
                        "finance")
                .json()
                .getJsonArray("items")
                .stream()
                .map(v -> TestServer.get(
                                TestServer.API + "/provider-notifications/" + ((JsonObject) v).getJsonNumber("id"),
                                "finance")
                        .json())
                .filter(n -> n.getString("maskedPayload", "").contains("OrderID=" + orderId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the forged notification is not kept"));
        assertFalse(rejected.getBoolean("authentic"));
        assertTrue(rejected.getString("maskedPayload").contains("IPC_Trnref=99999999"), rejected.toString());
        assertEquals(2, notifications(orderId).size(), "nothing of the forged one reached the order");
        assertTrue(
                rejected.getString("rejection").contains("not signed with myPOS's certificate"), rejected.toString());
        JsonObject after = collection(paid.reference());
        assertEquals("APPROVED", after.getString("state"));
        assertEquals(trnref, after.getString("hostRefNum"));
        // a rollback for it, genuinely signed, reverses the payment (myPOS took it back)
        TestServer.Reply rollback =
                notify(demo, MyPosSigning.signedByMyPos(MyPosSigning.rollbackFields(orderId, "480.00")));
        assertEquals(200, rollback.status(), rollback.toString());
        assertEquals(
                "VOIDED",
                await(() -> collection(paid.reference()), c -> "VOIDED".equals(c.getString("state")))
                        .getString("state"));
    }

    @Test
    void whenTheNotificationNeverComesAndMyPosCannotBeAskedAtTheReturnTheJanitorSettlesWithTheStatus() {
        Demo demo = Demo.get();
        String order = MyPosOrders.next();
        String session = openSession(demo, order);
        assertEquals(
                200,
                TestServer.postJson(
                                TestServer.SIMULATOR + "/control/notifications", null, "{\"withhold\":true}", Map.of())
                        .status());

        Paid paid = payAtMyPos(demo, session, CARD, false);
        assertEquals("PENDING_3DS", collection(paid.reference()).getString("state"), "no notification came");
        TestServer.postJson(TestServer.SIMULATOR + "/control/outage", null, "{\"down\":true}", Map.of());
        TestServer.Reply back = HtmlForms.submit(paid.returnToShop(), f -> f);
        assertEquals(302, back.status(), back.toString());
        assertEquals("UNKNOWN", collection(paid.reference()).getString("state"), "myPOS could not be asked");
        TestServer.postJson(TestServer.SIMULATOR + "/control/outage", null, "{\"down\":false}", Map.of());

        JsonObject settled = await(() -> collection(paid.reference()), c -> "APPROVED".equals(c.getString("state")));
        assertEquals("0", settled.getString("bankCode"));
        assertTrue(notifications(settled.getString("bankOrderId")).isEmpty(), "settled without any notification");
        assertFalse(openDocuments(demo).contains(order), "the janitor's approval pays the order");
    }

    // ---- saved cards -----------------------------------------------------------------------------------------------

    @Test
    void aCardSavedWithConsentPaysTheNextOrderWithoutBeingEnteredAndThePayerDeletesIt() {
        Demo demo = Demo.get();
        Paid first = payAtMyPos(demo, openSession(demo, MyPosOrders.next()), "5555555555554444", true);
        // straight back, racing the notification's processing: either way the payer lands on the portal, paid
        TestServer.Reply back = HtmlForms.submit(first.returnToShop(), f -> f);
        assertEquals(302, back.status(), back.toString());
        assertTrue(back.location().contains("status=PAID"), back.location());
        JsonObject card = await(
                        () -> savedCards(demo, "finance"),
                        a -> a.stream().anyMatch(v -> "4444".equals(((JsonObject) v).getString("last4"))))
                .stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "4444".equals(c.getString("last4")))
                .findFirst()
                .orElseThrow();
        assertEquals("MASTERCARD", card.getString("brand"));
        assertEquals("12/30", card.getString("expiry"));
        assertFalse(card.toString().contains("token"), "the token is never shown: " + card);
        long cardId = card.getJsonNumber("id").longValue();

        String order = MyPosOrders.next();
        String session = openSession(demo, order);
        JsonObject mypos = PayerDetails.method(PayerDetails.of(session), demo.mypos());
        assertTrue(mypos.getBoolean("keepsCards"), "the page offers to keep the card: " + mypos);
        assertTrue(
                mypos.getJsonArray("savedCards").stream()
                        .anyMatch(c -> ((JsonObject) c).getString("label").equals("MASTERCARD ending 4444")
                                && ((JsonObject) c).getJsonNumber("id").longValue() == cardId),
                mypos.toString());
        TestServer.Reply paid =
                post(session, Map.of("method", String.valueOf(demo.mypos()), "savedCard", String.valueOf(cardId)));
        assertEquals(302, paid.status(), "paid at once, server to server: " + paid);
        assertTrue(paid.location().contains("status=PAID"), paid.location());
        assertFalse(openDocuments(demo).contains(order), "the second order is paid with the saved card");

        String third = openSession(demo, MyPosOrders.next());
        TestServer.Reply deleted = post(third + "/saved-cards/" + cardId + "/delete?method=" + demo.mypos(), Map.of());
        assertEquals(302, deleted.status(), deleted.toString());
        assertFalse(
                PayerDetails.method(PayerDetails.of(third), demo.mypos())
                        .toString()
                        .contains("ending 4444"),
                "no longer offered");
        assertTrue(savedCards(demo, "finance").stream()
                .noneMatch(v -> ((JsonObject) v).getJsonNumber("id").longValue() == cardId));
        TestServer.Reply refused =
                post(third, Map.of("method", String.valueOf(demo.mypos()), "savedCard", String.valueOf(cardId)));
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.body().contains("data-field=\"savedCard\""), refused.body());
    }

    @Test
    void financeSeesAndDeletesSavedCardsOthersMayNot() {
        Demo demo = Demo.get();
        Paid paid = payAtMyPos(demo, openSession(demo, MyPosOrders.next()), "4012888888881881", true);
        assertEquals(302, HtmlForms.submit(paid.returnToShop(), f -> f).status());
        JsonObject card = await(
                        () -> savedCards(demo, "admin"),
                        a -> a.stream().anyMatch(v -> "1881".equals(((JsonObject) v).getString("last4"))))
                .stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "1881".equals(c.getString("last4")))
                .findFirst()
                .orElseThrow();
        String path = savedCardsPath(demo) + "/" + card.getJsonNumber("id");

        assertEquals(403, TestServer.get(savedCardsPath(demo), "collector").status());
        assertEquals(403, delete(path, "portal").status());
        assertEquals(204, delete(path, "admin").status());
        assertTrue(savedCards(demo, "finance").stream()
                .noneMatch(v -> "1881".equals(((JsonObject) v).getString("last4"))));
        assertEquals(204, delete(path, "finance").status(), "deleting again changes nothing");
        assertEquals(404, delete(savedCardsPath(demo) + "/999999999", "finance").status());
        assertEquals(
                404,
                TestServer.get(
                                TestServer.API + "/companies/" + demo.company()
                                        + "/customer-accounts/999999/saved-cards",
                                "finance")
                        .status());
    }

    @Test
    void aMyPosPaymentIsRefundedInPartsThroughTheCollectionsApi() {
        Demo demo = Demo.get();
        Paid paid = payAtMyPos(demo, openSession(demo, MyPosOrders.next()), CARD, false);
        assertEquals(302, HtmlForms.submit(paid.returnToShop(), f -> f).status());
        await(() -> collection(paid.reference()), c -> "APPROVED".equals(c.getString("state")));

        TestServer.Reply refund = TestServer.postJson(
                TestServer.API + "/collections/" + paid.reference() + "/refund",
                "finance",
                "{\"amount\":\"80.00\"}",
                Map.of("Idempotency-Key", "mypos-refund-" + System.nanoTime()));
        assertEquals(200, refund.status(), refund.toString());
        assertEquals(
                "PARTIALLY_REFUNDED", refund.json().getJsonObject("collection").getString("state"));
        TestServer.Reply rest = TestServer.postJson(
                TestServer.API + "/collections/" + paid.reference() + "/refund",
                "finance",
                "{}",
                Map.of("Idempotency-Key", "mypos-refund-" + System.nanoTime()));
        assertEquals(200, rest.status(), rest.toString());
        assertEquals("REFUNDED", rest.json().getJsonObject("collection").getString("state"));
        assertEquals(
                "400.00", rest.json().getJsonNumber("amount").bigDecimalValue().toPlainString());
        // myPOS's transaction log: the payment and both refunds
        JsonObject report = BankReports.of(paid.reference());
        assertTrue(report.getBoolean("historyAnswered"), report.toString());
        assertEquals("480.00", BankReports.approvedSum(report, "SALE"), report.toString());
        assertEquals("480.00", BankReports.approvedSum(report, "REFUND"), report.toString());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** The demo company, its portal customer and its myPOS definition. */
    record Demo(long company, long account, long mypos) {

        static Demo get() {
            long company = Sales.demoCompanyId();
            long account = Sales.firstCustomerAccountId(company);
            JsonArray definitions = Json.createReader(new java.io.StringReader(
                            TestServer.get(TestServer.API + "/companies/" + company + "/vpos-definitions", "admin")
                                    .body()))
                    .readArray();
            long mypos = definitions.stream()
                    .map(v -> (JsonObject) v)
                    .filter(d -> "MYPOS-DEMO".equals(d.getString("code")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no demo myPOS definition: " + definitions))
                    .getJsonNumber("id")
                    .longValue();
            return new Demo(company, account, mypos);
        }
    }

    /** After the card was paid at myPOS: our collection and the page that sends the payer back to us. */
    record Paid(String reference, HtmlForms.Form returnToShop) {}

    static String openSession(Demo demo, String order) {
        String json = Json.createObjectBuilder()
                .add("companyId", demo.company())
                .add("customerAccountId", demo.account())
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

    /** Our page with the myPOS method → myPOS's checkout page → the card; stops before the payer is sent back. */
    private static Paid payAtMyPos(Demo demo, String session, String pan, boolean keepCard) {
        URI page = URI.create(TestServer.BASE + "/vpos/pay/" + session + "?method=" + demo.mypos());
        String ours =
                TestServer.send(HttpRequest.newBuilder(page).GET().build()).body();
        JsonObject method = PayerDetails.method(PayerDetails.of(session), demo.mypos());
        assertFalse(method.getBoolean("asksCard"), "the card is entered at myPOS: " + method);
        assertTrue(method.getBoolean("keepsCards"), method.toString());
        TestServer.Reply toMyPos = HtmlForms.submit(HtmlForms.first(page, ours), f -> {
            if (keepCard) {
                f.put("saveCard", "1"); // the consent the page's script draws for a provider that keeps cards
            }
            return f;
        });
        assertEquals(200, toMyPos.status(), toMyPos.toString());
        HtmlForms.Form ipc = HtmlForms.first(page, toMyPos.body());
        assertEquals("/bank-simulator/mypos/vmp/checkout-test", ipc.action().getPath());
        assertEquals("IPCPurchase", ipc.fields().get("IPCmethod"));
        assertEquals(keepCard ? "2" : "0", ipc.fields().get("CardTokenRequest"));
        String reference = ipc.fields().get("URL_OK").replaceAll(".*/3ds/callback/", "");
        TestServer.Reply cardPage = HtmlForms.submit(ipc, f -> f);
        assertEquals(200, cardPage.status(), cardPage.toString());
        HtmlForms.Form card = HtmlForms.first(ipc.action(), cardPage.body());
        TestServer.Reply toShop = HtmlForms.submit(card, f -> {
            f.put("holder", "Ayse Yilmaz");
            f.put("cardNumber", pan);
            f.put("expiry", "12/30");
            f.put("cvc", "123");
            if (!keepCard) {
                f.remove("storeCard");
            }
            return f;
        });
        assertEquals(200, toShop.status(), toShop.toString());
        HtmlForms.Form back = HtmlForms.first(card.action(), toShop.body());
        assertEquals("IPCPurchaseOK", back.fields().get("IPCmethod"), toShop.body());
        assertTrue(back.action().getPath().startsWith("/vpos/3ds/callback/"), back.toString());
        return new Paid(reference, back);
    }

    private static TestServer.Reply post(String pathAfterPay, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.BASE + "/vpos/pay/" + pathAfterPay))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static TestServer.Reply notify(Demo demo, String formBody) {
        return TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.BASE + "/vpos/notify/" + demo.mypos()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody))
                .build());
    }

    private static TestServer.Reply delete(String url, String user) {
        return TestServer.send(TestServer.request(url, user).DELETE().build());
    }

    private static JsonObject collection(String reference) {
        return TestServer.get(TestServer.API + "/collections/" + reference, "finance")
                .json();
    }

    private static JsonArray notifications(String bankOrderId) {
        return TestServer.get(TestServer.API + "/provider-notifications?order=" + bankOrderId, "finance")
                .json()
                .getJsonArray("items");
    }

    private static String savedCardsPath(Demo demo) {
        return TestServer.API + "/companies/" + demo.company() + "/customer-accounts/" + demo.account()
                + "/saved-cards";
    }

    static JsonArray savedCards(Demo demo, String user) {
        TestServer.Reply r = TestServer.get(savedCardsPath(demo), user);
        assertEquals(200, r.status(), r.toString());
        return Json.createReader(new java.io.StringReader(r.body())).readArray();
    }

    private static String openDocuments(Demo demo) {
        return TestServer.get(
                        TestServer.API + "/companies/" + demo.company() + "/customer-accounts/" + demo.account()
                                + "/open-documents",
                        "collector")
                .body();
    }

    static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done) {
        long until = System.currentTimeMillis() + 20_000;
        T last = read.get();
        while (!done.test(last)) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not reached within 20 s: " + last);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }
}
