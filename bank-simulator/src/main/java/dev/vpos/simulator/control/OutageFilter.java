package dev.vpos.simulator.control;

import dev.vpos.simulator.http.HtmlErrorPage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts every bank endpoint behind the {@link OutageSwitch}: while the banks are down it answers HTTP 503 with a
 * short HTML page, as a load balancer in front of a dead bank would, and the request never reaches a bank (so
 * nothing is recorded). Every path except the controls and the index page is a bank path, so a new bank family
 * is covered without touching this filter.
 */
@WebFilter(urlPatterns = "/*")
public class OutageFilter extends HttpFilter {

    @Inject
    OutageSwitch outage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (outage.isDown() && isBankPath(path)) {
            HtmlErrorPage.send(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Service Unavailable",
                    "The server is temporarily unable to service your request. Please try again later.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** True for anything but {@code /control/...}, the index page and the root. */
    static boolean isBankPath(String pathInContext) {
        return !(pathInContext.isEmpty()
                || pathInContext.equals("/")
                || pathInContext.equals("/index.html")
                || pathInContext.equals("/control")
                || pathInContext.startsWith("/control/"));
    }
}
