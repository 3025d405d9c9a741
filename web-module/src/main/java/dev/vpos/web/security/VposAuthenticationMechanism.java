package dev.vpos.web.security;

import dev.vpos.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;

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

    /** Set on a sign-in refused while the user or address is locked out; LoginServlet says so on the login page. */
    static final String LOCKED_ATTRIBUTE = "dev.vpos.login.lockedUntil";

    @Inject
    RegistryPasswordCheck passwords;

    @Inject
    LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
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

    private AuthenticationStatus basic(
            String token, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
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
        Optional<Instant> locked = throttle.lockedUntil(user, request.getRemoteAddr());
        if (locked.isPresent()) {
            return tooManyAttempts(request, response, locked.get());
        }
        Optional<RegistryPasswordCheck.Caller> caller = passwords.callerIfValid(user, decoded.substring(colon + 1));
        if (caller.isEmpty()) {
            throttle.failed(user, request.getRemoteAddr());
            return challenge(response, context);
        }
        throttle.succeeded(user);
        return login(context, user, caller.get());
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
        Optional<Instant> locked = throttle.lockedUntil(user, request.getRemoteAddr());
        if (locked.isPresent()) {
            request.setAttribute(LOCKED_ATTRIBUTE, throttle.secondsUntil(locked.get()));
            return context.doNothing();
        }
        Optional<RegistryPasswordCheck.Caller> caller = passwords.callerIfValid(user, password);
        if (caller.isEmpty()) {
            throttle.failed(user, request.getRemoteAddr());
            return context.doNothing();
        }
        throttle.succeeded(user);
        return login(context, user, caller.get());
    }

    /**
     * The container's caller in the registry's realm (the identity store id is the realm Liberty puts in the token):
     * the sign-in cookie then names {@code user:<realm>/<user>}, which any node of the cluster that shares the LTPA keys
     * rebuilds from its registry (server.xml: {@code ltpa}, {@code authentication ignoreCustomCacheKey}).
     */
    private static AuthenticationStatus login(HttpMessageContext context, String user, RegistryPasswordCheck.Caller c) {
        return context.notifyContainerAboutLogin(
                new CredentialValidationResult(c.realm(), new CallerPrincipal(user), null, user, c.groups()));
    }

    /**
     * 429 with Retry-After and the API's error body, in the caller's language. SEND_CONTINUE with a status that is
     * neither a redirect nor 401 makes Liberty send this answer as it is and run nothing else.
     */
    private AuthenticationStatus tooManyAttempts(
            HttpServletRequest request, HttpServletResponse response, Instant until) {
        long seconds = throttle.secondsUntil(until);
        String message =
                Messages.text(Messages.pick(Collections.list(request.getLocales())), "error.loginLocked", seconds);
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("error", "too_many_sign_in_attempts")
                            .add("message", message)
                            .add("fields", Json.createArrayBuilder())
                            .build()
                            .toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"vpos\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }
}
