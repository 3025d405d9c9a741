package dev.vpos.web.security;

import dev.vpos.shared.infrastructure.sessions.StaffSessions;
import dev.vpos.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One mechanism, two kinds of caller: programs send HTTP Basic on every request (no session); people sign in on the
 * login page and a session of our own keeps them signed in: the {@link SessionCookie} ({@code VPOS_SESSION}) holds a
 * random id that {@link StaffSessions} knows, by its hash, in the database — so a request that lands on any node of a
 * cluster is recognised, and nothing of the session is in a node's memory (no LTPA token, no HTTP session). Passwords
 * are checked against the server's user registry; the user's groups (hence roles) are read from the registry on every
 * request. Unauthenticated API calls get 401; screens redirect to the login page.
 *
 * <p>Not {@code @AutoApplySession}: the container's own session for this mechanism is an LTPA token that only the
 * issuing node accepts (Open Liberty issue 4227), so the mechanism is asked on every request.
 */
@ApplicationScoped
public class VposAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/login";

    /** Set on a sign-in refused while the user or address is locked out; LoginServlet says so on the login page. */
    static final String LOCKED_ATTRIBUTE = "dev.vpos.login.lockedUntil";

    private static final Logger LOG = Logger.getLogger(VposAuthenticationMechanism.class.getName());

    @Inject
    RegistryPasswordCheck passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    StaffSessions sessions;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        RequestIdListener.begin(request, response);
        SecurityHeadersFilter.apply(request, response);
        if (MalformedForm.refused(request)) {
            return badRequest(request, response);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(request.getServletPath())) {
            return formLogin(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String token = SessionCookie.read(request);
        if (token != null) {
            Optional<String> user;
            try {
                user = sessions.user(token);
            } catch (RuntimeException e) {
                return unavailable(response, context, e);
            }
            Optional<RegistryPasswordCheck.Caller> caller = user.flatMap(passwords::callerByName);
            if (caller.isPresent()) {
                return login(context, user.get(), caller.get());
            }
            // unknown, run out, or a user the registry no longer has: the browser forgets the cookie
            user.ifPresent(u -> sessions.close(token));
            SessionCookie.clear(request, response);
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

    /** A correct password on the login form opens a session: its cookie is set on the redirect that follows. */
    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
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
        StaffSessions.Issued session;
        try {
            session = sessions.open(user);
        } catch (RuntimeException e) {
            return unavailable(response, context, e);
        }
        SessionCookie.issue(request, response, session.token());
        String previous = SessionCookie.read(request);
        if (previous != null) {
            // signing in again replaces the browser's session: the old one ends now rather than when idle
            try {
                sessions.close(previous);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "The session a new sign-in replaced could not be ended; it runs out by itself", e);
            }
        }
        return login(context, user, caller.get());
    }

    /** Our 400 page; SEND_CONTINUE with a status that is neither a redirect nor 401 sends it as it is. */
    private static AuthenticationStatus badRequest(HttpServletRequest request, HttpServletResponse response) {
        try {
            ErrorPageServlet.answer(request, response, HttpServletResponse.SC_BAD_REQUEST, request.getRequestURI());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The session store cannot be asked (the database is down): 503, and the caller is not taken as signed out. */
    private static AuthenticationStatus unavailable(
            HttpServletResponse response, HttpMessageContext context, RuntimeException e) {
        LOG.log(Level.WARNING, "Sign-in sessions cannot be read or written now", e);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The container's caller for this request, in the registry's realm with the registry's group access ids (which the
     * application binding maps to roles).
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
