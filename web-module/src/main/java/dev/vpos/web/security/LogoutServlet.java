package dev.vpos.web.security;

import dev.vpos.shared.infrastructure.sessions.StaffSessions;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the person's sign-in session — its row is deleted, so no node accepts the cookie any more — tells the browser to
 * forget the cookie, and returns to the login page.
 */
@WebServlet(urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    StaffSessions sessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String token = SessionCookie.read(request);
        if (token != null) {
            sessions.close(token);
        }
        SessionCookie.clear(request, response);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.html?signedOut=1");
    }
}
