package dev.vpos.web.security;

import dev.vpos.web.i18n.Messages;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;

/**
 * Refuses a state-changing request that a page of another site made with a signed-in person's cookie (CSRF): see
 * {@link SameOrigin}. Registered in web.xml for the API, the sign-in and the sign-out. The payer's pages, the banks'
 * callbacks and providers' notifications are public and take no authority from the cookie, so they are not filtered.
 */
public class CrossSiteRequestFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SameOrigin.judge(request) != SameOrigin.Verdict.REFUSED) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " " + request.getRequestURI() + " by "
                + (request.getRemoteUser() == null ? "an anonymous caller" : request.getRemoteUser())
                + " (Origin " + request.getHeader("Origin") + ", Sec-Fetch-Site "
                + request.getHeader("Sec-Fetch-Site") + ")");
        refuse(request, response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<java.util.Locale> languages = Collections.list(request.getLocales());
        String message = Messages.text(Messages.pick(languages), "error.crossSite");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getServletPath().startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("error", "cross_site_request")
                            .add("message", message)
                            .add("fields", Json.createArrayBuilder())
                            .build()
                            .toString());
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message);
        }
    }
}
