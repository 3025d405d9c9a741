package dev.vpos.web.rest.txlog;

import dev.vpos.web.i18n.Messages;
import java.util.Locale;

/** A unified reason in the caller's language ({@code reason.<NAME>} in the message bundles); the name otherwise. */
final class ReasonText {

    private ReasonText() {}

    static String of(Locale locale, String reason) {
        if (reason == null) {
            return null;
        }
        String key = "reason." + reason;
        String text = Messages.text(locale, key);
        return key.equals(text) ? reason : text;
    }
}
