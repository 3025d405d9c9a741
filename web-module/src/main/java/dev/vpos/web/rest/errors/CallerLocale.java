package dev.vpos.web.rest.errors;

import dev.vpos.web.i18n.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The caller's language for messages, from Accept-Language. */
public final class CallerLocale {

    private CallerLocale() {}

    public static Locale of(HttpHeaders headers) {
        return headers == null ? Locale.ENGLISH : Messages.pickForApi(headers.getAcceptableLanguages());
    }
}
