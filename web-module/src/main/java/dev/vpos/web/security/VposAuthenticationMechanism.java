package dev.vpos.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism, two kinds of caller: programs send HTTP Basic on every request (no session); people sign in
 * on the login page (a session keeps them signed in). Passwords are checked against the server's user registry
 * and the container takes the user's groups (hence roles) from it. Unauthenticated API calls get 401; screens
 * redirect to the login page.
 */
@ApplicationScoped
@AutoApplySession
public class VposAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/login";

    @Inject
    RegistryPasswordCheck passwords;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), response, context);
        }
        if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(request.getServletPath())) {
            return formLogin(request, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (request.getServletPath().startsWith("/api/")) {
            return challenge(response, context);
        }
        String target =
                request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(
                request.getContextPath() + "/login.html?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private AuthenticationStatus basic(String token, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, context);
        }
        String user = decoded.substring(0, colon);
        Optional<Set<String>> groups = passwords.groupsIfValid(user, decoded.substring(colon + 1));
        if (groups.isEmpty()) {
            return challenge(response, context);
        }
        return context.notifyContainerAboutLogin(user, groups.get());
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        if (user == null || password == null) {
            return context.doNothing();
        }
        if (SameOrigin.judge(request) == SameOrigin.Verdict.REFUSED) {
            // a sign-in posted by another site's page (login CSRF): no session; CrossSiteRequestFilter answers 403
            return context.doNothing();
        }
        Optional<Set<String>> groups = passwords.groupsIfValid(user, password);
        if (groups.isEmpty()) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(user, groups.get());
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"vpos\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }
}
