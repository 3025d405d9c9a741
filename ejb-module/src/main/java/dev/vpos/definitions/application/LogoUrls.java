package dev.vpos.definitions.application;

import dev.vpos.shared.domain.FieldError;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A definition's logo is shown on the staff screens, whose content-security policy loads images only from our own
 * origin, https: and data:. So a logo is an https URL, a path on this server, or a data:image URL; nothing else
 * (no http:, no javascript:) is stored.
 */
final class LogoUrls {

    private static final int MAX_LENGTH = 500;
    private static final Pattern DATA_IMAGE =
            Pattern.compile("data:image/(png|gif|jpeg|webp|svg\\+xml);base64,[A-Za-z0-9+/=]+");
    private static final Pattern SERVER_PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*");

    private LogoUrls() {}

    /** The logo URL to store (null when none is given); a problem is added to the errors. */
    static String validate(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String url = raw.trim();
        if (url.length() <= MAX_LENGTH
                && (isHttps(url) || isServerPath(url) || DATA_IMAGE.matcher(url).matches())) {
            return url;
        }
        errors.add(FieldError.of("logoUrl", "definition.logoUrl"));
        return null;
    }

    private static boolean isServerPath(String url) {
        return SERVER_PATH.matcher(url).matches() && !url.startsWith("//");
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
