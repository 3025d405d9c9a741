package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a payer who pays with Stripe on our hosted page, without a JavaScript engine: what Stripe.js would do in the
 * browser (the card to the simulated Stripe with the publishable key) is done here over HTTP, then our card page's
 * form is posted to our callback with the PaymentMethod id, and Stripe's 3-D Secure page is answered when it comes.
 */
final class StripePayer {

    static final String ACCOUNT = "acct_1VposDemoAccount";
    static final String WEBHOOK_SECRET = "whsec_VposDemoWebhookSigningSecret000000";
    static final String RETURN_URL = "http://portal.example/stripe/back";

    private StripePayer() {}

    static long demoStripeDefinition(long company) {
        JsonArray definitions = Json.createReader(new StringReader(
                        TestServer.get(TestServer.API + "/companies/" + company + "/vpos-definitions", "admin")
                                .body()))
                .readArray();
        return definitions.stream()
                .map(v -> (JsonObject) v)
                .filter(d -> "STRIPE-DEMO".equals(d.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** Waits until the demo account's webhook endpoint posts to our inbox for the definition (registered at start). */
    static void awaitWebhookEndpoint(long definition) throws InterruptedException {
        String wanted = "/vpos/notify/" + definition + "\"";
        for (int i = 0; i < 120; i++) {
            if (TestServer.get(TestServer.SIMULATOR + "/control/stripe/webhook-endpoints?account=" + ACCOUNT, null)
                    .body()
                    .contains(wanted)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the simulated Stripe never got our webhook endpoint");
    }

    /** A checkout session: an order of the demo company (purpose ORDER) or an account payment (BALANCE). */
    static String session(long company, long account, String purpose, String reference, String amount) {
        String json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", account)
                .add("purpose", purpose)
                .add("reference", reference)
                .add("amount", amount)
                .add("currency", "TRY")
                .add("returnUrl", RETURN_URL)
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(TestServer.API + "/checkout-sessions", "portal", json, Map.of());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    /** Our Stripe card page: the form to our callback, and the page itself (Stripe.js and the publishable key). */
    record CardPage(HtmlForms.Form form, String html) {

        String publishableKey() {
            Matcher pk = Pattern.compile("Stripe\\('(pk_test_[A-Za-z0-9]+)'\\)").matcher(html);
            assertTrue(pk.find(), html);
            return pk.group(1);
        }
    }

    /** Chooses Stripe on the hosted page and submits it: our card page with Stripe.js. */
    static CardPage cardPage(String session, long stripe) {
        URI page = URI.create(TestServer.BASE + "/vpos/pay/" + session + "?method=" + stripe);
        TestServer.Reply chosen =
                TestServer.send(HttpRequest.newBuilder(page).GET().build());
        assertEquals(200, chosen.status(), chosen.toString());
        TestServer.Reply card = HtmlForms.submit(HtmlForms.first(page, chosen.body()), f -> f);
        assertEquals(200, card.status(), card.toString());
        assertTrue(card.body().contains("<script src=\"" + TestServer.SIMULATOR + "/stripe/js/v3/\">"), card.body());
        return new CardPage(HtmlForms.first(page, card.body()), card.body());
    }

    /** What Stripe.js does on "Pay": the card to Stripe with the page's publishable key; the PaymentMethod id. */
    static String paymentMethod(CardPage page, String card) {
        String form = "type=card&card%5Bnumber%5D=" + card + "&card%5Bexp_month%5D=12&card%5Bexp_year%5D=30"
                + "&card%5Bcvc%5D=123&billing_details%5Bname%5D="
                + URLEncoder.encode("Ayşe Yılmaz", StandardCharsets.UTF_8)
                + "&key=" + page.publishableKey();
        TestServer.Reply r =
                TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.SIMULATOR + "/stripe/v1/payment_methods"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        assertEquals(200, r.status(), r.toString());
        return r.json().getString("id");
    }

    /** Pays on our card page with {@code card}: the PaymentMethod made, the form posted; our callback's answer. */
    static TestServer.Reply pay(CardPage page, String card) {
        return submit(page.form(), paymentMethod(page, card));
    }

    /** Our card page's form posted to our callback with the PaymentMethod: where the payer goes next. */
    static TestServer.Reply submit(HtmlForms.Form cardForm, String paymentMethod) {
        assertTrue(cardForm.action().getPath().startsWith("/vpos/3ds/callback/"), cardForm.toString());
        return HtmlForms.submit(cardForm, f -> {
            f.put("payment_method", paymentMethod);
            return f;
        });
    }

    /** Answers Stripe's 3-D Secure test page; returns Stripe's redirect back to our callback. */
    static URI authenticate(String stripePage, boolean complete) {
        URI page = URI.create(stripePage);
        TestServer.Reply shown =
                TestServer.send(HttpRequest.newBuilder(page).GET().build());
        assertEquals(200, shown.status(), shown.toString());
        TestServer.Reply answered = HtmlForms.submit(HtmlForms.first(page, shown.body()), f -> {
            f.put("outcome", complete ? "complete" : "fail");
            return f;
        });
        assertEquals(302, answered.status(), answered.toString());
        return URI.create(answered.location());
    }

    static TestServer.Reply follow(URI location) {
        return TestServer.send(HttpRequest.newBuilder(location).GET().build());
    }

    static JsonObject checkout(String session) {
        return TestServer.get(TestServer.API + "/checkout-sessions/" + session, "portal")
                .json();
    }

    static JsonObject collection(String reference) {
        return TestServer.get(TestServer.API + "/collections/" + reference, "finance")
                .json();
    }

    /** Polls a collection until it is in {@code state} (the inbox and the janitor work in the background). */
    static JsonObject awaitState(String reference, String state) throws InterruptedException {
        JsonObject c = collection(reference);
        for (int i = 0; i < 80 && !state.equals(c.getString("state")); i++) {
            Thread.sleep(250);
            c = collection(reference);
        }
        assertEquals(state, c.getString("state"), c.toString());
        return c;
    }

    /** The simulator's one notification control (withhold, release, resend), {@code path} below it. */
    static TestServer.Reply notificationControl(String path, String json) {
        return TestServer.send(
                HttpRequest.newBuilder(URI.create(TestServer.SIMULATOR + "/control/notifications" + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    /** The simulated Stripe's webhook deliveries of an order, newest first. */
    static JsonArray webhookDeliveries(String order) {
        return TestServer.get(TestServer.SIMULATOR + "/control/notifications?family=STRIPE&orderId=" + order, null)
                .json()
                .getJsonArray("deliveries");
    }

    static JsonArray controlList(String path) {
        return Json.createReader(new StringReader(TestServer.get(TestServer.SIMULATOR + "/control/stripe" + path, null)
                        .body()))
                .readArray();
    }

    /** Our notifications for the definition and order, newest first. */
    static JsonArray notifications(long definition, String order) {
        return TestServer.get(
                        TestServer.API + "/provider-notifications?definitionId=" + definition + "&order=" + order,
                        "finance")
                .json()
                .getJsonArray("items");
    }
}
