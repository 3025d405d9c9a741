package dev.vpos.shared.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the module speaks to people: English (the default), Turkish, Arabic (written right to left), Greek,
 * Italian and Russian.
 */
public enum Language {
    EN("en", false),
    TR("tr", false),
    AR("ar", true),
    EL("el", false),
    IT("it", false),
    RU("ru", false);

    private final String tag;
    private final boolean rightToLeft;

    Language(String tag, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
    }

    /** The BCP 47 language tag: en, tr, ar, el, it, ru. */
    public String tag() {
        return tag;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag such as "ar", "tr-TR" or "en_GB" (case-insensitive), if the module speaks it. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Language l : values()) {
            if (l.tag.equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The first of the acceptable locales (in the caller's order of preference) that the module speaks; English. */
    public static Language pick(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            Optional<Language> spoken = of(l.toLanguageTag());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return EN;
    }

    /** The language of a locale; English when the module does not speak it. */
    public static Language of(Locale locale) {
        return locale == null ? EN : of(locale.toLanguageTag()).orElse(EN);
    }
}
