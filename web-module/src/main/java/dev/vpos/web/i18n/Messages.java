package dev.vpos.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing texts in English and Turkish, chosen from the request's Accept-Language. */
public final class Messages {

    public static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final String BUNDLE = "dev.vpos.web.i18n.messages";

    private Messages() {}

    /** The first acceptable language we speak; English otherwise. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("tr".equals(l.getLanguage())) {
                return TURKISH;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
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
        return new MessageFormat(pattern, locale).format(args);
    }
}
