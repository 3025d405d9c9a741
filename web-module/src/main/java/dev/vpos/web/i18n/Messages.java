package dev.vpos.web.i18n;

import dev.vpos.shared.domain.Language;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts in English, Turkish and Arabic (and, for the API's texts translated so far, Greek, Italian and
 * Russian), chosen from the request's Accept-Language.
 */
public final class Messages {

    public static final Locale TURKISH = Locale.forLanguageTag("tr");
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String BUNDLE = "dev.vpos.web.i18n.messages";
    /** Numbers in Arabic messages are written with the digits the screens use for Arabic (CLDR's default for "ar"). */
    private static final Locale ARABIC_NUMBERS = Locale.forLanguageTag("ar-u-nu-latn");

    /** Languages with a partial bundle of the API's texts (docs/alerts.md). */
    private static final java.util.Set<String> PARTIAL = java.util.Set.of("el", "it", "ru");

    private Messages() {}

    /** The first acceptable language we speak; English otherwise. */
    public static Locale pick(List<Locale> acceptable) {
        return Language.pick(acceptable).locale();
    }

    /**
     * The language of an API answer's texts: the first acceptable one of the screens' three or of Greek, Italian and
     * Russian, whose bundles hold the texts translated so far (the alert settings' and the common ones they use) and
     * read every other text from the English one; English otherwise.
     */
    public static Locale pickForApi(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if (Language.of(l.toLanguageTag()).isPresent()) {
                return Language.of(l.toLanguageTag()).get().locale();
            }
            if (PARTIAL.contains(l.getLanguage())) {
                return Locale.forLanguageTag(l.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        Locale numbers = "ar".equals(locale.getLanguage()) ? ARABIC_NUMBERS : locale;
        return new MessageFormat(pattern, numbers).format(args);
    }
}
