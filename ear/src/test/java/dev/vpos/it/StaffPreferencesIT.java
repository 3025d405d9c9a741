package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The language a member of staff chose for the screens is stored per user ({@code /me/preferences}), and the API
 * answers in Arabic as it does in English and Turkish. Only the test user "aylin" has her preference changed.
 */
class StaffPreferencesIT {

    private static final String ME = TestServer.API + "/me";
    private static final String PREFERENCES = ME + "/preferences";

    @AfterEach
    void followTheBrowserAgain() {
        assertEquals(200, put("aylin", "{\"language\":null}", "en").status());
    }

    @Test
    void theChosenLanguageIsStoredForTheUserAndOnlyForThem() {
        assertEquals(null, language(TestServer.get(ME, "aylin").json()), "nothing chosen yet");

        TestServer.Reply chosen = put("aylin", "{\"language\":\"ar\"}", "en");
        assertEquals(200, chosen.status(), chosen.toString());
        assertEquals("ar", chosen.json().getString("language"));

        JsonObject me = TestServer.get(ME, "aylin").json();
        assertEquals("ar", me.getString("language"));
        assertEquals("aylin", me.getString("user"));
        assertEquals("ar", TestServer.get(PREFERENCES, "aylin").json().getString("language"));
        assertEquals(null, language(TestServer.get(ME, "finance").json()), "another user's choice is their own");

        TestServer.Reply regional = put("aylin", "{\"language\":\"tr-TR\"}", "en");
        assertEquals("tr", regional.json().getString("language"), "a regional tag stores its language");

        assertEquals(200, put("aylin", "{\"language\":\"\"}", "en").status());
        assertEquals(null, language(TestServer.get(ME, "aylin").json()), "back to the browser's");
    }

    @Test
    void aLanguageTheScreensDoNotSpeakIsRefusedInTheCallersLanguageAndChangesNothing() {
        assertEquals(200, put("aylin", "{\"language\":\"tr\"}", "en").status());

        TestServer.Reply refused = put("aylin", "{\"language\":\"de\"}", "ar-SA,ar;q=0.9");

        assertEquals(400, refused.status(), refused.toString());
        assertEquals(
                "يحتوي الطلب على حقول غير صالحة؛ لم يتم تغيير أي شيء.",
                refused.json().getString("message"));
        JsonObject field = refused.json().getJsonArray("fields").getJsonObject(0);
        assertEquals("language", field.getString("field"));
        assertEquals(
                "يجب أن تكون إحدى القيم en, tr, ar, el, it, ru، أو فارغة لاتباع لغة المتصفح.",
                field.getString("reason"));
        assertEquals("tr", TestServer.get(ME, "aylin").json().getString("language"), "unchanged");
    }

    @Test
    void fieldErrorsOfASaleComeInArabicWithNumbersAsTheScreensWriteThem() {
        long company = Sales.demoCompanyId();
        String sale =
                Sales.sale(company, Sales.firstCustomerAccountId(company), "10.123", Sales.APPROVED_CARD, "13/99");
        TestServer.Reply reply = TestServer.send(TestServer.request(TestServer.API + "/collections", "collector")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "ar")
                .POST(HttpRequest.BodyPublishers.ofString(sale))
                .build());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(
                "يحتوي الطلب على حقول غير صالحة؛ لم يتم تغيير أي شيء.",
                reply.json().getString("message"));
        Map<String, String> fields = new java.util.HashMap<>();
        reply.json()
                .getJsonArray("fields")
                .forEach(v -> fields.put(((JsonObject) v).getString("field"), ((JsonObject) v).getString("reason")));
        assertEquals("لا يجوز أن يزيد عدد الخانات العشرية عن 2 للعملة TRY.", fields.get("amount"), fields.toString());
        assertEquals("يجب أن يكون بالصيغة MM/YY.", fields.get("expiry"), fields.toString());
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAndWithoutAnAcceptLanguageTheAnswerIsEnglish() {
        TestServer.Reply english = TestServer.send(TestServer.request(PREFERENCES, "aylin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("not json"))
                .build());
        assertEquals(400, english.status(), english.toString());
        assertEquals(
                "The request body is not valid JSON for this operation.",
                english.json().getString("message"));
        assertEquals(null, language(TestServer.get(ME, "aylin").json()), "nothing stored");
    }

    /** The stored language, null when none: the API leaves out a property that has no value. */
    private static String language(JsonObject me) {
        return me.containsKey("language") && !me.isNull("language") ? me.getString("language") : null;
    }

    private static TestServer.Reply put(String user, String json, String language) {
        return TestServer.send(TestServer.request(PREFERENCES, user)
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
