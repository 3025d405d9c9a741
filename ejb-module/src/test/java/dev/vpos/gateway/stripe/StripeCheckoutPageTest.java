package dev.vpos.gateway.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.shared.domain.Money;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Our Stripe card page in the payer page's six languages: its own words, Arabic right to left, English otherwise. */
class StripeCheckoutPageTest {

    private static final StripeCredentials ACCOUNT = new StripeCredentials(
            URI.create("http://localhost:9/stripe"), "pk_test_Vpos123", "sk_test_Vpos123", List.of());

    private static String page(String language) {
        ThreeDsRequest request = new ThreeDsRequest(
                ThreeDsSale.withoutCard("ORD1", Money.of("1250.40", "TRY"), 1, "127.0.0.1", null),
                PaymentModel.THREE_D_HOST,
                AuthorizationKind.SALE,
                URI.create("http://localhost/vpos/3ds/callback/C1"),
                URI.create("http://localhost/vpos/3ds/callback/C1"),
                language);
        return StripeCheckoutPage.html(ACCOUNT, request, "seal");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tr|ltr|Kart üzerindeki isim|1.250,40 TRY",
                "en|ltr|Name on card|1,250.40 TRY",
                "ar|rtl|الاسم على البطاقة|TRY",
                "el|ltr|Όνομα στην κάρτα|1.250,40 TRY",
                "it|ltr|Nome sulla carta|1.250,40 TRY",
                "ru|ltr|Имя на карте|TRY"
            })
    void thePageSpeaksThePayersLanguageAndDirection(String language, String dir, String holder, String amount) {
        String html = page(language);
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"" + language + "\" dir=\"" + dir + "\">"), html);
        assertTrue(html.contains(">" + holder + "</label>"), html);
        assertTrue(html.contains(amount), "the amount written for the language: " + html);
        assertTrue(html.contains("<div id=\"card-element\" role=\"group\" aria-labelledby=\"card-label\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fa", "xx"})
    void anyOtherLanguageReadsEnglish(String language) {
        String html = page(language);
        assertTrue(html.contains("<html lang=\"en\" dir=\"ltr\">"), html);
        assertTrue(html.contains(">Name on card</label>"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "ar", "el", "it", "ru"})
    void everyLanguageHasEveryText(String language) {
        ResourceBundle own = StripeCheckoutPage.texts(Locale.forLanguageTag(language));
        assertEquals(Locale.forLanguageTag(language), own.getLocale(), "its own file");
        assertEquals(keys(StripeCheckoutPage.texts(Locale.ROOT)), keys(own));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "ar"})
    void theCardFieldsHaveNoNameAndThePageNamesNoSecret(String language) {
        String html = page(language);
        assertFalse(html.contains("sk_test_"), "the secret key never reaches the browser");
        assertFalse(html.contains("name=\"cardNumber\""), html);
        assertEquals(1, html.split("<script>", -1).length - 1, "one inline script, allowed by its hash");
    }

    private static Set<String> keys(ResourceBundle b) {
        return new TreeSet<>(Collections.list(b.getKeys()));
    }
}
