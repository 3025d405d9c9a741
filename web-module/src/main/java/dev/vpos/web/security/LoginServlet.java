package dev.vpos.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login form posts here. {@link VposAuthenticationMechanism} has already checked the credentials and, when they
 * were right, opened the session and set its cookie ({@link SessionCookie}); this only sends the browser on: to the page it wanted, or back to the form with an error.
 */
@WebServlet(urlPatterns = VposAuthenticationMechanism.LOGIN_PATH)
public class LoginServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object lockedSeconds = request.getAttribute(VposAuthenticationMechanism.LOCKED_ATTRIBUTE);
        if (request.getUserPrincipal() == null && lockedSeconds != null) {
            response.sendRedirect(request.getContextPath() + "/login.html?locked=" + lockedSeconds);
            return;
        }
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/login.html?error=1");
            return;
        }
        response.sendRedirect(request.getContextPath() + safeTarget(request.getParameter("next")));
    }

    /** Only paths inside this application: never an absolute URL (no open redirect). */
    static String safeTarget(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.startsWith(VposAuthenticationMechanism.LOGIN_PATH)) {
            return "/";
        }
        return next;
    }
}
