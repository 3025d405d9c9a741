package dev.vpos.web.security;

import dev.vpos.shared.domain.Language;
import dev.vpos.web.i18n.Messages;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The module's own answer to every error the container would otherwise answer with its page (issue #13 item 7): an
 * unknown static path (404), a method a servlet does not take (405), a malformed request (400), an exception a
 * servlet or filter let through (500). Under {@code /api/} the API's JSON error ({@code error}, {@code message} in the
 * caller's language, {@code fields}); elsewhere a plain page of ours. Never the request's path, an exception, a class
 * name, a message id or the server's product or version; a 500 is logged with a reference the answer names.
 * Declared as the default {@code <error-page>} in web.xml; asked for directly it answers 404.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        answer(request, response, status, uri == null ? "" : uri.toString());
    }

    /**
     * Writes our error answer for {@code status} on {@code path} (the request URI, context path included): also used
     * where the container's error-page mapping does not run, e.g. an answer of the authentication mechanism.
     */
    static void answer(HttpServletRequest request, HttpServletResponse response, int status, String path)
            throws IOException {
        Locale locale = Messages.pick(Collections.list(request.getLocales()));
        String reference = null;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500) {
            reference = UUID.randomUUID().toString();
            LOG.log(
                    Level.SEVERE,
                    "Unexpected error " + reference + " (" + status + ") on " + request.getMethod() + " " + path,
                    failure instanceof Throwable t ? t : null);
        }
        String message = message(locale, status, reference);
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.API);
            response.setContentType("application/json");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("error", code(status))
                            .add("message", message)
                            .add("fields", Json.createArrayBuilder())
                            .build()
                            .toString());
        } else {
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.SCREENS);
            response.setContentType("text/html");
            String context = request.getContextPath();
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\""
                            + (Language.of(locale).rightToLeft() ? " dir=\"rtl\"" : "")
                            + "><head><meta charset=\"utf-8\"><title>" + escape(message) + "</title>"
                            + "<link rel=\"stylesheet\" href=\"" + context + "/assets/app.css\"></head>"
                            + "<body class=\"login\"><main><h1>" + escape(message) + "</h1><p><a href=\"" + context
                            + "/\">" + escape(Messages.text(locale, "error.page.home"))
                            + "</a></p></main></body></html>");
        }
    }

    static String code(int status) {
        // as the API's own mappers name them (WebApplicationExceptionMapper, UnexpectedErrorMapper)
        return status == 500 ? "internal_error" : "http_" + status;
    }

    private static String message(Locale locale, int status, String reference) {
        return switch (status) {
            case 400 -> Messages.text(locale, "error.page.badRequest");
            case 401 -> Messages.text(locale, "error.page.unauthorized");
            case 403 -> Messages.text(locale, "error.forbidden");
            case 404 -> Messages.text(locale, "error.notFound");
            case 405 -> Messages.text(locale, "error.page.methodNotAllowed");
            default ->
                status >= 500
                        ? Messages.text(locale, "error.internal", reference)
                        : Messages.text(locale, "error.page.refused");
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
