package dev.vpos.returncodes.application;

import dev.vpos.returncodes.domain.UnifiedReason;
import dev.vpos.shared.domain.Language;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A unified reason in words: one text per reason and language ({@code dev/vpos/returncodes/reasons*.properties}),
 * the same for every family and wherever the reason is shown. Which words a bank used for its code is the bank's
 * message, kept verbatim beside it.
 */
public final class ReasonTexts {

    private static final String BUNDLE = "dev.vpos.returncodes.reasons";

    private ReasonTexts() {}

    public static String text(UnifiedReason reason, Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ReasonTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(reason.name());
        } catch (MissingResourceException e) {
            return reason.name();
        }
    }

    /** The text of a reason stored by name (the log keeps names); the name itself if it is not a unified reason. */
    public static String text(String reasonName, Language language) {
        if (reasonName == null) {
            return null;
        }
        try {
            return text(UnifiedReason.valueOf(reasonName), language);
        } catch (IllegalArgumentException e) {
            return reasonName;
        }
    }
}
