package dev.vpos.returncodes.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.vpos.returncodes.domain.UnifiedReason;
import dev.vpos.shared.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReasonTextsTest {

    @Test
    void everyReasonHasItsOwnTextInEveryLanguage() {
        for (Language language : Language.values()) {
            Set<String> texts = new HashSet<>();
            for (UnifiedReason reason : UnifiedReason.values()) {
                String text = ReasonTexts.text(reason, language);
                assertNotEquals(reason.name(), text, language + " has no text for " + reason);
                texts.add(text);
            }
            assertEquals(UnifiedReason.values().length, texts.size(), language + ": two reasons read the same");
        }
    }

    @Test
    void theLanguagesDiffer() {
        for (UnifiedReason reason : EnumSet.complementOf(EnumSet.of(UnifiedReason.THREE_D_AUTHENTICATION_FAILED))) {
            for (Language language : EnumSet.complementOf(EnumSet.of(Language.EN))) {
                assertNotEquals(
                        ReasonTexts.text(reason, Language.EN),
                        ReasonTexts.text(reason, language),
                        language + " " + reason.name());
            }
        }
    }

    @Test
    void everyLanguageHasExactlyTheReasonsOfEnglish() throws IOException {
        Set<String> english = keys("reasons.properties");
        Map<String, Set<String>> differ = new TreeMap<>();
        for (Language language : EnumSet.complementOf(EnumSet.of(Language.EN))) {
            Set<String> other = keys("reasons_" + language.tag() + ".properties");
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(other);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(english);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                differ.put(language.tag(), missing.isEmpty() ? extra : missing);
            }
        }
        assertEquals(Map.of(), differ, "reasons_<language>.properties: keys missing (or not in English) per language");
    }

    @Test
    void aReasonReadsInGreekItalianAndRussian() {
        assertEquals("Ανεπαρκές υπόλοιπο", ReasonTexts.text(UnifiedReason.INSUFFICIENT_FUNDS, Language.EL));
        assertEquals("Fondi insufficienti", ReasonTexts.text(UnifiedReason.INSUFFICIENT_FUNDS, Language.IT));
        assertEquals("Недостаточно средств", ReasonTexts.text(UnifiedReason.INSUFFICIENT_FUNDS, Language.RU));
        assertEquals(
                "Transazione rifiutata dall'emittente",
                new ReturnCodeMeaning(UnifiedReason.DO_NOT_HONOR, false, false, true).message("it-IT"));
    }

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = ReasonTexts.class.getResourceAsStream("/dev/vpos/returncodes/" + file)) {
            assertNotNull(in, "no " + file);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    @Test
    void aMeaningReadsTheSameForEveryBankInTheCallersLanguage() {
        ReturnCodeMeaning est = new ReturnCodeMeaning(UnifiedReason.DO_NOT_HONOR, false, false, true);
        ReturnCodeMeaning garanti = new ReturnCodeMeaning(UnifiedReason.DO_NOT_HONOR, false, false, true);
        assertEquals("Do not honour", est.message("en"));
        assertEquals(est.message("tr"), garanti.message("tr"));
        assertEquals("رفض البنك المُصدِر العملية", garanti.message("ar"));
        assertEquals("Do not honour", est.message("de"), "a language we do not speak reads English");
    }

    @Test
    void aStoredNameThatIsNoReasonIsShownAsItIs() {
        assertEquals("SOMETHING_OLD", ReasonTexts.text("SOMETHING_OLD", Language.TR));
        assertEquals("Yetersiz bakiye", ReasonTexts.text("INSUFFICIENT_FUNDS", Language.TR));
        assertEquals(null, ReasonTexts.text((String) null, Language.TR));
    }
}
