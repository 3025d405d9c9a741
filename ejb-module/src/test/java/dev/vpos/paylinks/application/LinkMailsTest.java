package dev.vpos.paylinks.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.domain.Money;
import dev.vpos.shared.mail.OutgoingMail;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkMailsTest {

    private static final String URL = "https://pay.example.com/vpos/pay/7d0f6c1e-0000-4000-8000-000000000001";

    private static OutgoingMail mail(String language) {
        return LinkMails.of(new LinkMails.Content(
                "ayse@example.com",
                language,
                "Demo Ticaret A.Ş.",
                "https://pay.example.com/vpos/pay/x/logo?v=1",
                "Akdeniz Yapı <Ltd>",
                Money.of(new BigDecimal("1250.00"), "TRY"),
                "INV-2026-0001",
                URL,
                OffsetDateTime.parse("2026-12-10T09:30:00Z"),
                ZoneId.of("Europe/Istanbul")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en", "ar", "el", "it", "ru"})
    void everyLanguageNamesTheCompanyTheInvoiceTheAmountAndTheLink(String language) {
        OutgoingMail m = mail(language);
        assertTrue(m.subject().contains("Demo Ticaret A.Ş.") && m.subject().contains("INV-2026-0001"), m.subject());
        assertTrue(m.text().contains(URL), m.text());
        assertTrue(m.text().contains("Akdeniz Yapı <Ltd>"), "the text is plain: " + m.text());
        assertTrue(m.text().contains("Europe/Istanbul"), "the expiry names its zone: " + m.text());
        assertTrue(m.html().contains("href=\"" + URL + "\""), m.html());
        assertTrue(m.html().contains("Akdeniz Yapı &lt;Ltd&gt;"), "the HTML is escaped: " + m.html());
        assertTrue(m.html().contains("dir=\"" + ("ar".equals(language) ? "rtl" : "ltr") + "\""), m.html());
        assertEquals(
                !"en".equals(language), !m.subject().contains("payment link for"), "its own words: " + m.subject());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "ar", "el", "it", "ru"})
    void everyLanguageHasEveryText(String language) {
        Set<String> english = keys(ResourceBundle.getBundle("dev.vpos.paylinks.mail", Locale.ROOT));
        ResourceBundle own = ResourceBundle.getBundle(
                "dev.vpos.paylinks.mail",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals(Locale.forLanguageTag(language), own.getLocale());
        assertEquals(english, keys(own));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "en"})
    void amountsAreWrittenAsTheReaderWritesThem(String language) {
        Map<String, String> expected = Map.of("tr", "1.250,00", "en", "1,250.00");
        assertTrue(LinkMails.amount(Money.of(new BigDecimal("1250.00"), "TRY"), Locale.forLanguageTag(language))
                .contains(expected.get(language)));
    }

    private static Set<String> keys(ResourceBundle b) {
        return new TreeSet<>(b.keySet());
    }
}
