package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pay-by-link through the API (issue #18): a collector sends a link for an invoice, the test's SMTP server receives
 * the mail with the link, the payer opens it (OPENED) and pays it (PAID, the invoice settled as by a portal payment);
 * paid once; a link runs out, is cancelled, is resent; bad requests are refused field by field and make nothing.
 */
class PaymentLinkIT {

    @BeforeAll
    static void mailServer() {
        Mailbox.open();
    }

    @Test
    void aLinkIsMailedOpenedAndPaidOnceAndSettlesTheInvoice() {
        PayLinks.Invoice invoice = PayLinks.nextInvoice();
        String to = PayLinks.address();

        JsonObject link = PayLinks.sent(PayLinks.request(invoice, to, "tr", 60));
        assertEquals("SENT", link.getString("state"), link.toString());
        assertEquals(1, link.getInt("mailsSent"));
        assertEquals(invoice.number(), link.getString("reference"));
        assertEquals(
                "300.00",
                link.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString());
        assertEquals(to, link.getString("email"));
        String url = link.getString("url");
        assertEquals(TestServer.BASE + "/vpos/pay/" + link.getString("sessionId"), url);

        MimeMessage mail = Mailbox.await(to, 1, m -> true).get(0);
        String text = Mailbox.text(mail);
        assertEquals(url, PayLinks.linkIn(text), "the mail carries the link");
        assertTrue(Mailbox.subject(mail).contains("Demo Ticaret A.Ş."), Mailbox.subject(mail));
        assertTrue(Mailbox.subject(mail).contains(invoice.number()), Mailbox.subject(mail));
        assertTrue(text.contains("300,00"), "the amount as a Turkish reader writes it: " + text);
        assertTrue(Mailbox.html(mail).contains("href=\"" + url + "\""), "the HTML alternative's button");

        JsonObject unopened = PayerDetails.of(link.getString("sessionId"));
        assertEquals("SENT", PayLinks.get(link.getInt("id")).getString("state"), "reading the details is not opening");
        assertEquals("LINK", unopened.getString("purpose"));
        assertEquals(invoice.number(), unopened.getString("reference"));
        assertEquals("tr", unopened.getString("locale"));
        assertTrue(
                !unopened.containsKey("backUrl") || unopened.get("backUrl").getValueType() == JsonValue.ValueType.NULL,
                "no shop to go back to: " + unopened);

        assertEquals(200, PayLinks.open(url).status());
        JsonObject opened = PayLinks.get(link.getInt("id"));
        assertEquals("OPENED", opened.getString("state"));
        assertNotNull(opened.getString("openedAt"));

        TestServer.Reply paid = PayLinks.pay(url, Sales.APPROVED_CARD);
        assertEquals(302, paid.status(), paid.toString());
        assertTrue(
                paid.location().contains("/vpos/pay/" + link.getString("sessionId") + "?view=result"),
                "to our result page, not a portal: " + paid.location());
        JsonObject after = PayLinks.get(link.getInt("id"));
        assertEquals("PAID", after.getString("state"));
        JsonObject collection = TestServer.get(
                        TestServer.API + "/collections/" + after.getString("collectionReference"), "finance")
                .json();
        assertEquals("APPROVED", collection.getString("state"));
        assertEquals("PAY_LINK", collection.getString("channel"));
        assertEquals(invoice.id(), collection.getJsonNumber("documentId").longValue());
        assertEquals(
                "300.00",
                collection.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString());
        assertFalse(openDocuments().contains("\"" + invoice.number() + "\""), "the invoice is settled");

        TestServer.Reply again = PayLinks.pay(url, Sales.APPROVED_CARD);
        assertEquals(409, again.status(), "paid once: " + again);
        assertEquals(409, PayLinks.post(link.getInt("id"), "resend").status());
        TestServer.Reply cancel = PayLinks.post(link.getInt("id"), "cancel");
        assertEquals(409, cancel.status());
        assertEquals("paylink.notCancellable", cancel.json().getString("error"));
        assertEquals(1, Mailbox.to(to).size(), "one mail only");
        JsonObject session = TestServer.get(
                        TestServer.API + "/checkout-sessions/" + link.getString("sessionId"), "admin")
                .json();
        assertEquals(1, session.getJsonArray("payments").size(), "one payment reached the bank: " + session);
    }

    @Test
    void aLinkRunsOutAfterItsValidityAndCannotBePaid() {
        PayLinks.Invoice invoice = PayLinks.nextInvoice();
        // the test server's "minute" of link validity is one second
        JsonObject link = PayLinks.sent(PayLinks.request(invoice, PayLinks.address(), "en", 2));
        JsonObject expired = Await.until(
                () -> PayLinks.get(link.getInt("id")), l -> "EXPIRED".equals(l.getString("state")), "the link expired");
        assertEquals(
                409, PayLinks.pay(link.getString("url"), Sales.APPROVED_CARD).status());
        assertEquals("EXPIRED", PayerDetails.of(link.getString("sessionId")).getString("state"));
        TestServer.Reply resend = PayLinks.post(link.getInt("id"), "resend");
        assertEquals(409, resend.status());
        assertEquals("paylink.notOpen", resend.json().getString("error"));
        assertEquals("EXPIRED", expired.getString("state"));
        assertTrue(openDocuments().contains("\"" + invoice.number() + "\""), "nothing was paid");
    }

    @Test
    void aCancelledLinkCannotBePaidAndItsPageSaysSo() {
        PayLinks.Invoice invoice = PayLinks.nextInvoice();
        JsonObject link = PayLinks.sent(PayLinks.request(invoice, PayLinks.address(), "ar", 60));

        TestServer.Reply cancelled = PayLinks.post(link.getInt("id"), "cancel");
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.json().getString("state"));
        assertNotNull(cancelled.json().getString("cancelledAt"));

        assertEquals("CANCELLED", PayerDetails.of(link.getString("sessionId")).getString("state"));
        assertEquals(
                409, PayLinks.pay(link.getString("url"), Sales.APPROVED_CARD).status());
        assertEquals(409, PayLinks.post(link.getInt("id"), "cancel").status(), "cancelled once");
        assertEquals(409, PayLinks.post(link.getInt("id"), "resend").status());
        assertTrue(openDocuments().contains("\"" + invoice.number() + "\""), "nothing was paid");
    }

    @Test
    void aLinkIsResentToTheCustomerAccountsOwnAddress() {
        PayLinks.Invoice invoice = PayLinks.nextInvoice();
        String account = "muhasebe@akdeniz-yapi.example";

        JsonObject link = PayLinks.sent(PayLinks.request(invoice, null, "el", 60));
        assertEquals(account, link.getString("email"), "no address given: the customer account's");
        TestServer.Reply resent = PayLinks.post(link.getInt("id"), "resend");
        assertEquals(200, resent.status(), resent.toString());
        assertEquals(2, resent.json().getInt("mailsSent"));

        List<MimeMessage> mails = Mailbox.await(account, 2, m -> Mailbox.text(m).contains(link.getString("url")));
        assertEquals(2, mails.size(), "the same link twice");
        assertTrue(Mailbox.text(mails.get(0)).contains("300,00"), "Greek amounts: " + Mailbox.text(mails.get(0)));
        assertTrue(
                PayLinks.get(link.getInt("id")).getString("state").equals("SENT"), "resending does not open the link");
        String list = TestServer.get(PayLinks.base(), "collector").body();
        assertTrue(list.contains("\"sessionId\":\"" + link.getString("sessionId") + "\""), list);
    }

    @Test
    void aLinkWhoseMailCannotBeSentIsListedNotSentWithTheReasonAndIsResentOnceTheMailServerIsBack() {
        PayLinks.Invoice invoice = PayLinks.nextInvoice();
        String to = PayLinks.address();
        JsonObject link;
        Mailbox.close(); // nothing listens on the mail session's port: the connection is refused
        try {
            link = PayLinks.sent(PayLinks.request(invoice, to, "it", 60));
        } finally {
            Mailbox.open();
        }
        assertEquals("NOT_SENT", link.getString("state"), link.toString());
        assertEquals(0, link.getInt("mailsSent"));
        String reason = link.getString("mailFailure", "");
        assertFalse(reason.isBlank(), "the reason is given: " + link);
        assertTrue(
                reason.toLowerCase(java.util.Locale.ROOT).contains("connect"),
                "the reason says what failed: " + reason);

        JsonObject listed = Json.createReader(new StringReader(
                        TestServer.get(PayLinks.base(), "collector").body()))
                .readArray()
                .stream()
                .map(v -> (JsonObject) v)
                .filter(l -> l.getInt("id") == link.getInt("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the link is listed"));
        assertEquals("NOT_SENT", listed.getString("state"));
        assertEquals(reason, listed.getString("mailFailure"));
        assertTrue(
                TestServer.get(
                                TestServer.API + "/companies/" + PayLinks.company() + "/customer-accounts/"
                                        + PayLinks.customer() + "/open-documents",
                                "collector")
                        .body()
                        .contains("\"" + invoice.number() + "\""),
                "the invoice is still open");

        TestServer.Reply resent = PayLinks.post(link.getInt("id"), "resend");
        assertEquals(200, resent.status(), resent.toString());
        assertEquals("SENT", resent.json().getString("state"), resent.toString());
        assertEquals(1, resent.json().getInt("mailsSent"));
        assertTrue(
                !resent.json().containsKey("mailFailure") || resent.json().isNull("mailFailure"),
                "the failure is over once a mail went out: " + resent.json());
        MimeMessage mail = Mailbox.await(to, 1, m -> true).get(0);
        assertEquals(link.getString("url"), PayLinks.linkIn(Mailbox.text(mail)), "the same link, mailed now");
        assertEquals("SENT", PayLinks.get(link.getInt("id")).getString("state"));
        assertEquals(1, Mailbox.to(to).size(), "one mail");
    }

    @Test
    void badRequestsAreRefusedFieldByFieldInTheCallersLanguageAndMakeNothing() {
        PayLinks.Invoice invoice = PayLinks.nextInvoice();
        int links = linkCount();

        TestServer.Reply r = TestServer.postJson(
                PayLinks.base(),
                "collector",
                PayLinks.request(invoice, "not an address", "de", 0)
                        .add("amount", "300.01")
                        .build()
                        .toString(),
                Map.of("Accept-Language", "ar"));
        assertEquals(400, r.status(), r.toString());
        Map<String, String> fields = r.json().getJsonArray("fields").stream()
                .map(v -> (JsonObject) v)
                .collect(Collectors.toMap(f -> f.getString("field"), f -> f.getString("reason"), (a, b) -> a));
        assertEquals(
                List.of("amount", "email", "language", "validMinutes"),
                fields.keySet().stream().sorted().toList(),
                fields.toString());
        assertTrue(fields.get("email").contains("ليس"), "in Arabic: " + fields);
        assertTrue(fields.get("amount").contains(invoice.number()), fields.get("amount"));

        TestServer.Reply noCustomer = PayLinks.send(
                PayLinks.request(invoice, PayLinks.address(), "tr", 60).add("customerAccountId", 999999), "collector");
        assertEquals(400, noCustomer.status());
        assertTrue(noCustomer.body().contains("\"customerAccountId\""), noCustomer.body());

        assertEquals(
                403,
                PayLinks.send(PayLinks.request(invoice, PayLinks.address(), "tr", 60), "finance")
                        .status());
        assertEquals(403, TestServer.get(PayLinks.base(), "auditor").status());
        assertEquals(links, linkCount(), "nothing made");
        assertTrue(openDocuments().contains("\"" + invoice.number() + "\""));
    }

    private static int linkCount() {
        return TestServer.get(PayLinks.base(), "collector").body().split("\"sessionId\"").length - 1;
    }

    private static String openDocuments() {
        return TestServer.get(
                        TestServer.API + "/companies/" + PayLinks.company() + "/customer-accounts/"
                                + PayLinks.customer() + "/open-documents",
                        "collector")
                .body();
    }
}
