package dev.vpos.returncodes.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.vpos.returncodes.domain.UnifiedReason;
import dev.vpos.shared.domain.Language;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
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
            assertNotEquals(
                    ReasonTexts.text(reason, Language.EN), ReasonTexts.text(reason, Language.TR), reason.name());
            assertNotEquals(
                    ReasonTexts.text(reason, Language.EN), ReasonTexts.text(reason, Language.AR), reason.name());
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
