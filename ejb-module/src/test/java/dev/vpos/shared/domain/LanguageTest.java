package dev.vpos.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void aTagIsReadByItsLanguageWhateverTheRegion() {
        assertEquals(Optional.of(Language.AR), Language.of("ar-SA"));
        assertEquals(Optional.of(Language.TR), Language.of("tr_TR"));
        assertEquals(Optional.of(Language.EN), Language.of("EN-gb"));
        assertEquals(Optional.of(Language.EL), Language.of("el-GR"));
        assertEquals(Optional.of(Language.IT), Language.of("it_CH"));
        assertEquals(Optional.of(Language.RU), Language.of("RU"));
        assertEquals(Optional.empty(), Language.of("de"));
        assertEquals(Optional.empty(), Language.of(""));
        assertEquals(Optional.empty(), Language.of((String) null));
    }

    @Test
    void theFirstSpokenLanguageOfTheCallersListIsPicked() {
        assertEquals(
                Language.AR,
                Language.pick(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("ar-EG"), Locale.ENGLISH)));
        assertEquals(Language.TR, Language.pick(List.of(Locale.forLanguageTag("tr-TR"), Locale.ENGLISH)));
        assertEquals(
                Language.RU,
                Language.pick(List.of(Locale.forLanguageTag("uk"), Locale.forLanguageTag("ru-RU"), Locale.ENGLISH)));
        assertEquals(Language.EN, Language.pick(List.of(Locale.forLanguageTag("fr"))));
        assertEquals(Language.EN, Language.pick(List.of()));
    }

    @Test
    void theModuleSpeaksTheLanguagesOfItsUsers() {
        assertEquals(
                List.of("en", "tr", "ar", "el", "it", "ru"),
                List.of(Language.values()).stream().map(Language::tag).toList());
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertTrue(Language.AR.rightToLeft());
        assertEquals(
                List.of(Language.AR),
                List.of(Language.values()).stream()
                        .filter(Language::rightToLeft)
                        .toList());
    }
}
