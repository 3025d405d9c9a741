package dev.vpos.simulator.control;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Puts every bank endpoint (all families, under /est/ and future family paths) behind the outage switch. */
@WebFilter(urlPatterns = {"/est/*"})
public class OutageFilter extends HttpFilter {

    @Inject
    OutageSwitch outage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (outage.isDown()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<html><body><h1>503 Service Unavailable</h1></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }
}
