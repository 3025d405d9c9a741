package dev.vpos.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;

/**
 * The security headers of every answer (issue #13): a Content-Security-Policy without inline script that no other
 * site may frame, no MIME sniffing, a referrer policy, and {@code Cache-Control: no-store} on everything but the
 * static assets (screens, API answers and the payer's pages show payment data). The server-rendered payer pages
 * narrow their policy further with the hashes of the scripts they carry ({@code web.pay.PayPagePolicy}).
 */
public class SecurityHeadersFilter extends HttpFilter {

    /** The staff screens and the login page: everything from this server; logos may be https or data: images. */
    static final String SCREENS =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
                    + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                    + " frame-ancestors 'none'";

    /** JSON answers and files: nothing in them may run or be framed. */
    static final String API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        try {
            chain.doFilter(request, response);
        } catch (FileNotFoundException e) {
            notFound(response, e);
        } catch (ServletException e) {
            if (!(e.getRootCause() instanceof FileNotFoundException || e.getCause() instanceof FileNotFoundException)) {
                throw e;
            }
            notFound(response, e);
        }
    }

    /**
     * The container's file servlet reports an unknown static path by throwing: that is a 404 to answer (with our error
     * page), not a fault; let through, it would also be written as an FFDC incident (issue #13 item 7).
     */
    private static <E extends Exception> void notFound(HttpServletResponse response, E failure) throws IOException, E {
        if (response.isCommitted()) {
            throw failure;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /**
     * Sets the headers. Also called by {@link VposAuthenticationMechanism} first thing, because its answers (401,
     * 429, the redirect to the login page) are sent before any filter runs.
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        if (payerFacing(path)) {
            // the payer's session id is in the path: other sites (the bank's gate, Stripe) see at most our origin
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Content-Security-Policy", PayPagePolicy.of(List.of(), List.of()));
        } else {
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Content-Security-Policy", path.startsWith("/api/") ? API : SCREENS);
        }
        if (!path.startsWith("/assets/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    static boolean payerFacing(String path) {
        return path.startsWith("/pay/") || path.startsWith("/3ds/") || path.startsWith("/demo-portal");
    }
}
