package dev.vpos.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether a state-changing request made with the session cookie came from our own pages (CSRF defence, issue #13):
 * the browser's {@code Sec-Fetch-Site} must say {@code same-origin}, else its {@code Origin} must be this server's
 * origin (or one listed in {@code vpos.security.allowedOrigins}, e.g. the public https origin behind a TLS proxy).
 * A request that carries the session cookie and neither header is refused: fail closed. Programs that send HTTP
 * Basic on every request are not concerned (a page on another site cannot add an Authorization header).
 */
public final class SameOrigin {

    /**
     * The cookies that authenticate a person: our own session ({@link SessionCookie#NAME}), and — should they ever be
     * sent — Liberty's single sign-on token and the servlet session.
     */
    static final Set<String> SESSION_COOKIES = Set.of(SessionCookie.NAME, "LtpaToken2", "JSESSIONID");

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private SameOrigin() {}

    /** The verdict on one request. */
    public enum Verdict {
        /** A safe method, a program with HTTP Basic, or a request without a session cookie and without origin headers. */
        NOT_CONCERNED,
        /** The browser says our own page sent it. */
        SAME_ORIGIN,
        /** Another site sent it, or a request with the session cookie proves nothing: refuse. */
        REFUSED
    }

    public static boolean unsafe(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    public static Verdict judge(HttpServletRequest request) {
        if (!unsafe(request) || basic(request)) {
            return Verdict.NOT_CONCERNED;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.isBlank()) {
            return "same-origin".equalsIgnoreCase(site.trim()) ? Verdict.SAME_ORIGIN : Verdict.REFUSED;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank()) {
            return allowed(origin.trim(), request) ? Verdict.SAME_ORIGIN : Verdict.REFUSED;
        }
        return carriesSessionCookie(request) ? Verdict.REFUSED : Verdict.NOT_CONCERNED;
    }

    static boolean basic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    static boolean carriesSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> SESSION_COOKIES.contains(c.getName()));
    }

    /** This server's own origin as the browser wrote it, or one configured as ours. */
    static boolean allowed(String origin, HttpServletRequest request) {
        String normalized = origin.toLowerCase(Locale.ROOT);
        return normalized.equals(own(request)) || configured().contains(normalized);
    }

    static String own(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static Set<String> configured() {
        String list = ConfigProvider.getConfig()
                .getOptionalValue("vpos.security.allowedOrigins", String.class)
                .orElse("");
        return Arrays.stream(list.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                .collect(Collectors.toSet());
    }
}
