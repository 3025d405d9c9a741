package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Alerts before things break (issue #19 part 3) through the API: a company's rules set by admins with field errors in
 * the caller's language; a certificate about to expire raises one alert (not one per evaluator run), mailed once to
 * the company's recipient, acknowledged with who and when, and resolved when the expiry is gone; a bank outage raises
 * the timeout alert for finance and collectors, and it resolves when the rule no longer holds.
 */
class AlertsIT {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Istanbul");

    @Test
    void adminsReadAndSetTheRulesOthersMayNot() {
        long demo = Sales.demoCompanyId();
        JsonObject seeded = Alerts.settings(demo);
        assertEquals(6, seeded.getJsonArray("rules").size(), seeded.toString());
        JsonObject expiry = rule(seeded, "CREDENTIAL_EXPIRY");
        assertEquals(1, expiry.getInt("minThreshold"));
        assertEquals(365, expiry.getInt("maxThreshold"));
        assertTrue(expiry.getBoolean("enabled"), "the demo company's rules are on");
        assertTrue(
                seeded.getJsonArray("recipients").toString().contains("vpos-alerts@demo.example"), seeded.toString());
        assertTrue(
                seeded.getJsonArray("expiries").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(e -> e.getString("definitionCode").equals("ISBANK-EST")
                                && e.getString("label").equals("İşbank 3-D store key certificate")),
                "the demo's expiring certificate: " + seeded);

        assertEquals(403, TestServer.get(Alerts.settingsUrl(demo), "finance").status());
        assertEquals(403, TestServer.get(Alerts.settingsUrl(demo), "collector").status());
        assertEquals(403, Alerts.put(demo, "finance", "{\"rules\":[]}", null).status());
        assertEquals(401, TestServer.get(Alerts.settingsUrl(demo), null).status());
        assertEquals(
                404, TestServer.get(Alerts.settingsUrl(987_654_321L), "admin").status());

        TestServer.Reply set = Alerts.put(
                demo, "admin", "{\"rules\":[{\"kind\":\"ATTENTION_AGED\",\"enabled\":true,\"threshold\":36}]}", null);
        assertEquals(200, set.status(), set.toString());
        JsonObject aged = rule(set.json(), "ATTENTION_AGED");
        assertEquals(36, aged.getInt("threshold"));
        assertEquals("admin", aged.getString("updatedBy"));
        assertEquals(
                seeded.getJsonArray("recipients"), set.json().getJsonArray("recipients"), "lists not sent are kept");
        assertEquals(seeded.getJsonArray("expiries"), set.json().getJsonArray("expiries"));
        Alerts.rule(demo, "ATTENTION_AGED", 24);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|The request has invalid fields; nothing was changed.|must be a whole number from 1 to 365.",
                "tr|İstekte geçersiz alanlar var; hiçbir değişiklik yapılmadı.|1 ile 365 arasında bir tam sayı olmalıdır.",
                "ar|يحتوي الطلب على حقول غير صالحة؛ لم يتم تغيير أي شيء.|يجب أن يكون عددًا صحيحًا من 1 إلى 365.",
                "el|Το αίτημα περιέχει μη έγκυρα πεδία· δεν άλλαξε τίποτα.|πρέπει να είναι ακέραιος αριθμός από 1 έως 365.",
                "it|La richiesta contiene campi non validi; non è stato modificato nulla.|deve essere un numero intero da 1 a 365.",
                "ru|Запрос содержит недопустимые поля; ничего не изменено.|должно быть целым числом от 1 до 365."
            })
    void aRefusedSettingNamesEachFieldInTheCallersLanguageAndChangesNothing(
            String language, String message, String thresholdReason) {
        long demo = Sales.demoCompanyId();
        JsonObject before = Alerts.settings(demo);
        String json = "{\"rules\":[{\"kind\":\"CREDENTIAL_EXPIRY\",\"enabled\":false,\"threshold\":0}],"
                + "\"recipients\":[\"ops@example.com\",\"not an address\"],"
                + "\"expiries\":[{\"definitionId\":987654321,\"label\":\"\",\"expiresOn\":\"2027-02-30\"}]}";

        TestServer.Reply refused = Alerts.put(demo, "admin", json, language);

        assertEquals(400, refused.status(), refused.toString());
        assertEquals("invalid_input", refused.json().getString("error"));
        assertEquals(message, refused.json().getString("message"));
        assertEquals("[expiries[0].expiresOn]", fields(refused).keySet().toString(), "an impossible date first");

        refused = Alerts.put(demo, "admin", json.replace("2027-02-30", "2027-02-28"), language);
        Map<String, String> fields = fields(refused);
        assertEquals(400, refused.status(), refused.toString());
        assertEquals(thresholdReason, fields.get("rules[0].threshold"));
        assertEquals(
                List.of("expiries[0].definitionId", "expiries[0].label", "recipients[1]", "rules[0].threshold"),
                fields.keySet().stream().sorted().toList(),
                refused.toString());
        fields.values().forEach(reason -> assertFalse(reason.contains("alerts."), "a text, not a key: " + reason));

        TestServer.Reply unknownKind =
                Alerts.put(demo, "admin", "{\"rules\":[{\"kind\":\"SOMETHING\",\"threshold\":1}]}", language);
        assertEquals(400, unknownKind.status());
        assertEquals(List.of("rules[0].kind"), List.copyOf(fields(unknownKind).keySet()));

        assertEquals(before, Alerts.settings(demo), "nothing changed");
    }

    @Test
    void anExpiringCertificateRaisesOneAlertAcknowledgedWithWhoAndWhenAndResolvedWhenGone() {
        long demo = Sales.demoCompanyId();
        long definition = FamilyOperationsIT.definition(demo, "EST", "REGULAR");
        String recipient = "alerts-" + System.nanoTime() + "@it.example";
        LocalDate expiresOn = LocalDate.now(BUSINESS_ZONE).plusDays(5);
        TestServer.Reply set = watch(demo, definition, recipient, expiresOn);
        assertEquals(200, set.status(), set.toString());

        JsonObject alert = Alerts.await(
                "admin", Alerts.of("CREDENTIAL_EXPIRY", definition), "the certificate alert of " + definition);
        assertEquals("ACTIVE", alert.getString("status"));
        assertEquals("DEMO", alert.getString("companyCode"));
        JsonObject facts = alert.getJsonObject("facts");
        assertEquals("Client certificate", facts.getString("credential"));
        assertEquals("ENTERED", facts.getString("source"));
        assertEquals("5", facts.getString("daysLeft"));
        assertEquals("30", facts.getString("thresholdDays"));
        assertEquals(
                expiresOn.plusDays(1).atStartOfDay(BUSINESS_ZONE).toInstant().toString(),
                facts.getString("notAfter"),
                "valid through its last day in the business zone");
        assertTrue(facts.getString("definition").startsWith("EST-REGULAR-"), facts.toString());

        // several evaluator runs later (every 2 s on the test server) it is still the one alert, seen again
        OffsetDateTime raisedAt = OffsetDateTime.parse(alert.getString("raisedAt"));
        JsonObject seenLater = Await.until(
                () -> Alerts.find("admin", true, Alerts.of("CREDENTIAL_EXPIRY", definition))
                        .orElseThrow(),
                a -> OffsetDateTime.parse(a.getString("lastSeenAt")).isAfter(raisedAt.plusSeconds(6)),
                "the alert seen by three more runs");
        assertEquals(alert.getInt("id"), seenLater.getInt("id"));
        assertEquals(
                1,
                Alerts.list("admin", true).stream()
                        .filter(Alerts.of("CREDENTIAL_EXPIRY", definition))
                        .count(),
                "raised once, not once per run");

        assertEquals(
                List.of(recipient, "vpos-alerts@demo.example"),
                seenLater.getJsonArray("mails").stream()
                        .map(m -> m.asJsonObject().getString("recipient"))
                        .sorted()
                        .toList(),
                "one e-mail per recipient of the moment it was raised");

        assertEquals(404, Alerts.acknowledge(alert.getInt("id"), "finance").status(), "certificates are admins'");
        OffsetDateTime beforeAck = OffsetDateTime.now().minusSeconds(5);
        TestServer.Reply ack = Alerts.acknowledge(alert.getInt("id"), "admin");
        assertEquals(200, ack.status(), ack.toString());
        assertEquals("admin", ack.json().getString("acknowledgedBy"));
        OffsetDateTime ackAt = OffsetDateTime.parse(ack.json().getString("acknowledgedAt"));
        assertTrue(
                ackAt.isAfter(beforeAck) && ackAt.isBefore(OffsetDateTime.now().plusSeconds(5)), ackAt.toString());
        assertEquals("ACTIVE", ack.json().getString("status"), "acknowledged is not resolved");
        TestServer.Reply again = Alerts.acknowledge(alert.getInt("id"), "admin");
        assertEquals(
                ackAt.toInstant(),
                OffsetDateTime.parse(again.json().getString("acknowledgedAt")).toInstant(),
                "the first stays");

        TestServer.Reply removed = Alerts.put(
                demo,
                "admin",
                Json.createObjectBuilder()
                        .add(
                                "expiries",
                                Alerts.expiries(
                                        Alerts.settings(demo),
                                        e -> !e.getString("label").equals("Client certificate")))
                        .add("recipients", Json.createArrayBuilder().add("vpos-alerts@demo.example"))
                        .build()
                        .toString(),
                null);
        assertEquals(200, removed.status(), removed.toString());
        JsonObject resolved = Await.until(
                () -> Alerts.find("admin", true, Alerts.of("CREDENTIAL_EXPIRY", definition))
                        .orElseThrow(),
                a -> a.getString("status").equals("RESOLVED"),
                "the alert resolved once the expiry is gone");
        assertNotNull(resolved.getString("resolvedAt"));
        assertEquals("admin", resolved.getString("acknowledgedBy"), "history keeps who acknowledged it");
        assertTrue(
                Alerts.find("admin", false, Alerts.of("CREDENTIAL_EXPIRY", definition))
                        .isEmpty(),
                "not active");
    }

    @Test
    void aBankOutageRaisesTheTimeoutAlertForFinanceAndCollectorsAndItResolvesWhenTheRuleNoLongerHolds() {
        long demo = Sales.demoCompanyId();
        long definition = FamilyOperationsIT.definition(demo, "EST", "REGULAR");
        try {
            Alerts.outageThrough(demo, definition);

            JsonObject alert = Alerts.await(
                    "finance", Alerts.of("BANK_UNANSWERED", definition), "the outage alert of " + definition);
            JsonObject facts = alert.getJsonObject("facts");
            assertEquals("3", facts.getString("unanswered"));
            assertEquals("3", facts.getString("unknown"), "a bank answering 503 is UNKNOWN, never declined");
            assertEquals("0", facts.getString("notSent"));
            assertEquals("PT10M", facts.getString("window"));
            assertEquals("2", facts.getString("threshold"));
            assertTrue(
                    Alerts.find("collector", false, Alerts.of("BANK_UNANSWERED", definition))
                            .isPresent(),
                    "collectors see a bank that does not answer");
            assertEquals(
                    403, TestServer.get(TestServer.API + "/alerts", "auditor").status());
            assertTrue(
                    Alerts.list("finance", false).stream()
                            .noneMatch(a -> a.getString("kind").equals("CREDENTIAL_EXPIRY")),
                    "certificates are not finance's");

            TestServer.Reply ack = Alerts.acknowledge(alert.getInt("id"), "finance");
            assertEquals(200, ack.status(), ack.toString());
            assertEquals("finance", ack.json().getString("acknowledgedBy"));

            Alerts.rule(demo, "BANK_UNANSWERED", 3);
            JsonObject resolved = Await.until(
                    () -> Alerts.find("finance", true, Alerts.of("BANK_UNANSWERED", definition))
                            .orElseThrow(),
                    a -> a.getString("status").equals("RESOLVED"),
                    "resolved: 3 unanswered are no longer more than 3");
            assertEquals(alert.getInt("id"), resolved.getInt("id"));
            assertEquals(
                    1,
                    Alerts.list("finance", true).stream()
                            .filter(Alerts.of("BANK_UNANSWERED", definition))
                            .count());
        } finally {
            Alerts.rule(demo, "BANK_UNANSWERED", 5);
        }
    }

    @Test
    void anAlertIsMailedOnceToEachRecipientThroughTheMailSessionAndRecordedAsSent() {
        Mailbox.open();
        long demo = Sales.demoCompanyId();
        long definition = FamilyOperationsIT.definition(demo, "EST", "REGULAR");
        String recipient = "alerts-" + System.nanoTime() + "@it.example";
        try {
            TestServer.Reply set = watch(
                    demo, definition, recipient, LocalDate.now(BUSINESS_ZONE).plusDays(5));
            assertEquals(200, set.status(), set.toString());
            JsonObject alert = Alerts.await(
                    "admin", Alerts.of("CREDENTIAL_EXPIRY", definition), "the certificate alert of " + definition);
            JsonObject facts = alert.getJsonObject("facts");
            List<MimeMessage> mails = Mailbox.await(recipient, 1, m -> true);
            assertEquals(1, mails.size());
            assertTrue(
                    Mailbox.subject(mails.get(0))
                            .startsWith("[VPOS alert] DEMO: Certificate or key expires – EST-REGULAR-"),
                    Mailbox.subject(mails.get(0)));
            String text = Mailbox.text(mails.get(0));
            assertTrue(text.contains("Client certificate of " + facts.getString("definition") + " expires on "), text);
            assertTrue(text.contains("(5 days left; the rule warns 30 days before)"), text);
            JsonObject mailed = Await.until(
                    () -> Alerts.find("admin", true, Alerts.of("CREDENTIAL_EXPIRY", definition))
                            .orElseThrow(),
                    a -> a.getJsonArray("mails").stream()
                            .map(JsonValue::asJsonObject)
                            .anyMatch(m -> m.getString("recipient").equals(recipient)
                                    && m.getString("status").equals("SENT")),
                    "the mail recorded as sent");
            assertEquals(2, mailed.getJsonArray("mails").size(), "one mail per recipient: " + mailed);

            OffsetDateTime sentAt = OffsetDateTime.parse(mailed.getJsonArray("mails").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(m -> m.getString("recipient").equals(recipient))
                    .findFirst()
                    .orElseThrow()
                    .getString("sentAt"));
            Await.until(
                    () -> Alerts.find("admin", true, Alerts.of("CREDENTIAL_EXPIRY", definition))
                            .orElseThrow(),
                    a -> OffsetDateTime.parse(a.getString("lastSeenAt")).isAfter(sentAt.plusSeconds(6)),
                    "three more runs after the mail went");
            assertEquals(
                    1,
                    Mailbox.to(recipient).stream()
                            .filter(m -> Mailbox.subject(m).endsWith(" – " + facts.getString("definition")))
                            .count(),
                    "one mail for the one alert, not one per run");
        } finally {
            TestServer.Reply removed = Alerts.put(
                    demo,
                    "admin",
                    Json.createObjectBuilder()
                            .add(
                                    "expiries",
                                    Alerts.expiries(
                                            Alerts.settings(demo),
                                            e -> !e.getString("label").equals("Client certificate")))
                            .add("recipients", Json.createArrayBuilder().add("vpos-alerts@demo.example"))
                            .build()
                            .toString(),
                    null);
            assertEquals(200, removed.status(), removed.toString());
        }
    }

    @Test
    void anAlertIsMailedInTheLanguageTheCompanysAdminsChose() {
        Mailbox.open();
        long demo = Sales.demoCompanyId();
        long definition = FamilyOperationsIT.definition(demo, "EST", "REGULAR");
        String recipient = "uyari-" + System.nanoTime() + "@it.example";
        TestServer.Reply french = Alerts.put(demo, "admin", "{\"mailLanguage\":\"fr\"}", "tr");
        assertEquals(400, french.status(), french.toString());
        assertEquals(
                "en, tr, ar, el, it, ru değerlerinden biri olmalıdır.",
                fields(french).get("mailLanguage"),
                french.toString());
        try {
            TestServer.Reply turkish = Alerts.put(demo, "admin", "{\"mailLanguage\":\"tr\"}", null);
            assertEquals(200, turkish.status(), turkish.toString());
            assertEquals("tr", turkish.json().getString("mailLanguage"));
            assertEquals("tr", Alerts.settings(demo).getString("mailLanguage"));
            TestServer.Reply set = watch(
                    demo, definition, recipient, LocalDate.now(BUSINESS_ZONE).plusDays(5));
            assertEquals(200, set.status(), set.toString());
            JsonObject alert = Alerts.await(
                    "admin", Alerts.of("CREDENTIAL_EXPIRY", definition), "the certificate alert of " + definition);
            String code = alert.getJsonObject("facts").getString("definition");

            MimeMessage mail = Mailbox.await(recipient, 1, m -> true).get(0);
            assertEquals(
                    "[VPOS uyarısı] DEMO: Sertifika ya da anahtarın süresi doluyor – " + code, Mailbox.subject(mail));
            String text = Mailbox.text(mail);
            assertTrue(text.startsWith("DEMO şirketi için Sertifika ya da anahtarın süresi doluyor"), text);
            assertTrue(text.contains(code + " tanımının Client certificate bilgisinin süresi "), text);
            assertTrue(text.contains("(5 gün kaldı; kural 30 gün önceden uyarır)."), text);
            assertTrue(text.contains("Ayrıntılar:"), text);
        } finally {
            TestServer.Reply restored = Alerts.put(
                    demo,
                    "admin",
                    Json.createObjectBuilder()
                            .add("mailLanguage", "en")
                            .add(
                                    "expiries",
                                    Alerts.expiries(
                                            Alerts.settings(demo),
                                            e -> e.getJsonNumber("definitionId").longValue() != definition))
                            .add("recipients", Json.createArrayBuilder().add("vpos-alerts@demo.example"))
                            .build()
                            .toString(),
                    null);
            assertEquals(200, restored.status(), restored.toString());
        }
    }

    /** Turns the certificate rule on (30 days), adds {@code recipient} and a client certificate of the definition. */
    private static TestServer.Reply watch(long demo, long definition, String recipient, LocalDate expiresOn) {
        JsonObject before = Alerts.settings(demo);
        return Alerts.put(
                demo,
                "admin",
                Json.createObjectBuilder()
                        .add(
                                "rules",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("kind", "CREDENTIAL_EXPIRY")
                                                .add("enabled", true)
                                                .add("threshold", 30)))
                        .add(
                                "recipients",
                                Json.createArrayBuilder()
                                        .add("vpos-alerts@demo.example")
                                        .add(recipient))
                        .add(
                                "expiries",
                                Alerts.expiries(before, e -> true)
                                        .add(Json.createObjectBuilder()
                                                .add("definitionId", definition)
                                                .add("label", "Client certificate")
                                                .add("expiresOn", expiresOn.toString())))
                        .build()
                        .toString(),
                null);
    }

    private static JsonObject rule(JsonObject settings, String kind) {
        return settings.getJsonArray("rules").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> fields(TestServer.Reply reply) {
        return reply.json().getJsonArray("fields").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(f -> f.getString("field"), f -> f.getString("reason"), (a, b) -> a));
    }
}
