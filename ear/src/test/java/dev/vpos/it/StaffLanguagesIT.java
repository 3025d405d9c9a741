package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Greek, Italian and Russian staff are answered in their language through the API: a refused sale names its fields'
 * problems in the caller's Accept-Language, and a member of staff may store el, it or ru as their screens' language.
 * Only the test user "aylin" has her stored language changed.
 */
class StaffLanguagesIT {

    private static final String ME = TestServer.API + "/me";
    private static final String PREFERENCES = ME + "/preferences";

    @AfterEach
    void followTheBrowserAgain() {
        assertEquals(200, put("{\"language\":null}", "en").status());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "el-GR,el;q=0.9 | Το αίτημα περιέχει μη έγκυρα πεδία· δεν άλλαξε τίποτα."
                        + " | μπορεί να έχει έως 2 δεκαδικά για TRY. | πρέπει να είναι ΜΜ/ΕΕ.",
                "it-IT,it;q=0.9,en;q=0.5 | La richiesta contiene campi non validi; non è stato modificato nulla."
                        + " | può avere al massimo 2 decimali per TRY. | deve essere nel formato MM/AA.",
                "de-DE,ru;q=0.8 | Запрос содержит недопустимые поля; ничего не изменено."
                        + " | для TRY допускается не более 2 знаков после запятой. | должен быть в формате ММ/ГГ."
            })
    void aRefusedSaleNamesItsFieldProblemsInTheCallersLanguage(
            String acceptLanguage, String message, String amount, String expiry) {
        long company = Sales.demoCompanyId();
        String sale =
                Sales.sale(company, Sales.firstCustomerAccountId(company), "10.123", Sales.APPROVED_CARD, "13/99");

        TestServer.Reply reply = TestServer.send(TestServer.request(TestServer.API + "/collections", "collector")
                .header("Content-Type", "application/json")
                .header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(sale))
                .build());

        assertEquals(400, reply.status(), reply.toString());
        assertEquals(message, reply.json().getString("message"));
        Map<String, String> fields = new HashMap<>();
        reply.json()
                .getJsonArray("fields")
                .forEach(v -> fields.put(((JsonObject) v).getString("field"), ((JsonObject) v).getString("reason")));
        assertEquals(amount, fields.get("amount"), fields.toString());
        assertEquals(expiry, fields.get("expiry"), fields.toString());
    }

    @ParameterizedTest
    @CsvSource({"el, el", "it-IT, it", "ru-RU, ru"})
    void greekItalianAndRussianCanBeStoredAsTheUsersLanguage(String tag, String stored) {
        TestServer.Reply chosen = put("{\"language\":\"" + tag + "\"}", "en");

        assertEquals(200, chosen.status(), chosen.toString());
        assertEquals(stored, chosen.json().getString("language"));
        assertEquals(stored, TestServer.get(ME, "aylin").json().getString("language"));
        assertEquals(stored, TestServer.get(PREFERENCES, "aylin").json().getString("language"));
    }

    @Test
    void aLanguageTheScreensDoNotSpeakIsRefusedInRussianListingAllSixAndChangesNothing() {
        assertEquals(200, put("{\"language\":\"it\"}", "en").status());

        TestServer.Reply refused = put("{\"language\":\"de\"}", "ru");

        assertEquals(400, refused.status(), refused.toString());
        assertEquals(
                "Запрос содержит недопустимые поля; ничего не изменено.",
                refused.json().getString("message"));
        JsonObject field = refused.json().getJsonArray("fields").getJsonObject(0);
        assertEquals("language", field.getString("field"));
        assertEquals(
                "должно быть одним из en, tr, ar, el, it, ru или пустым, чтобы следовать языку браузера.",
                field.getString("reason"));
        assertEquals("it", TestServer.get(ME, "aylin").json().getString("language"), "unchanged");
    }

    @Test
    void anUnknownCollectionIsNotFoundInGreek() {
        TestServer.Reply missing =
                TestServer.send(TestServer.request(TestServer.API + "/collections/no-such-reference", "collector")
                        .header("Accept-Language", "el")
                        .GET()
                        .build());

        assertEquals(404, missing.status(), missing.toString());
        assertEquals("Δεν υπάρχει είσπραξη με αυτή την αναφορά.", missing.json().getString("message"));
    }

    private static TestServer.Reply put(String json, String language) {
        return TestServer.send(TestServer.request(PREFERENCES, "aylin")
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
