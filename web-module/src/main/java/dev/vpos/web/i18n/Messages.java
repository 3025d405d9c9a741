package dev.vpos.web.i18n;

import dev.vpos.shared.domain.Language;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing texts in English, Turkish, Arabic, Greek, Italian and Russian, chosen from the request's Accept-Language. */
public final class Messages {

    public static final Locale TURKISH = Locale.forLanguageTag("tr");
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String BUNDLE = "dev.vpos.web.i18n.messages";
    /** Numbers in Arabic messages are written with the digits the screens use for Arabic (CLDR's default for "ar"). */
    private static final Locale ARABIC_NUMBERS = Locale.forLanguageTag("ar-u-nu-latn");

    private Messages() {}

    /** The first acceptable language we speak; English otherwise. */
    public static Locale pick(List<Locale> acceptable) {
        return Language.pick(acceptable).locale();
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
