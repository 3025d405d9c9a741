package dev.vpos.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookie that carries a person's sign-in session ({@code VPOS_SESSION}): the random id that {@code StaffSessions}
 * knows by its hash. HttpOnly (no script reads it), SameSite=Lax (not sent on another site's form posts or embedded
 * requests), scoped to the module's context root ({@code /vpos}), Secure when the request came over HTTPS. A browser
 * session cookie (no Max-Age): the server ends the session by its idle timeout and lifetime whatever the browser does.
 */
public final class SessionCookie {

    /** The name of the cookie that identifies a person's session. */
    public static final String NAME = "VPOS_SESSION";

    private SessionCookie() {}

    /** The cookie's value on {@code request}, or null. */
    public static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())
                    && cookie.getValue() != null
                    && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Sets the cookie to {@code token}. */
    public static void issue(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addCookie(cookie(request, token, -1));
    }

    /** Tells the browser to forget the cookie. */
    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
