package dev.vpos.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A form post whose body is not URL-encoded ({@code a=%zz}) to a page that reads the container's parameters (the
 * login form, the payer's page, the demo portal): the container's parser throws while the servlet reads a parameter,
 * which would be a 500 and an FFDC incident for what is the caller's mistake. It is found here first, so the caller gets
 * a 400 (issue #13 item 7). The pages that read their form body raw — the bank's 3-D callback and the providers'
 * notifications, which must see the bytes as posted — and the API (which takes no form bodies) are left alone.
 */
final class MalformedForm {

    private MalformedForm() {}

    static boolean refused(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !readsParameters(request.getServletPath())) {
            return false;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        try {
            if (request.getCharacterEncoding() == null) {
                // our pages are UTF-8, so their forms are posted in UTF-8 (the servlets read them so too)
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            request.getParameterMap();
            return false;
        } catch (IllegalArgumentException | UnsupportedEncodingException e) {
            return true;
        }
    }

    private static boolean readsParameters(String servletPath) {
        return VposAuthenticationMechanism.LOGIN_PATH.equals(servletPath)
                || "/pay".equals(servletPath)
                || "/demo-portal".equals(servletPath);
    }
}
