package dev.vpos.web.pay;

import dev.vpos.checkout.application.PayerRoutes;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.InvalidInputException;
import dev.vpos.shared.domain.NotFoundException;
import dev.vpos.web.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /pay/{id}/route?bin=<first 6 to 8 digits>&installments=<n>}: which of the page's methods the company's
 * routing rules choose for the card being typed, and why ({@link PayerRoutes}); {@code {"route": null}} when they
 * suggest nothing; {@code campaign}: the card programme's plus-installment campaign the company runs today, or null. 400 with the field ({@code bin}, {@code installments}) and its reason in the caller's language, 404
 * for an unknown session. Only the first digits are sent and read; they are not kept.
 */
final class PayerRouteJson {

    private PayerRouteJson() {}

    static void write(HttpServletRequest req, HttpServletResponse resp, PayerRoutes routes, String sessionId)
            throws IOException {
        int status = 200;
        String body;
        try {
            JsonObjectBuilder answer = Json.createObjectBuilder();
            routes.suggest(sessionId, req.getParameter("bin"), installments(req))
                    .ifPresentOrElse(
                            s -> {
                                JsonObjectBuilder route = Json.createObjectBuilder()
                                        .add("methodId", s.methodId())
                                        .add("reason", s.reason())
                                        .add("installments", s.installments());
                                addOrNull(route, "issuer", s.issuer());
                                addOrNull(route, "programme", s.programme());
                                answer.add("route", route);
                            },
                            () -> answer.addNull("route"));
            routes.campaign(sessionId, req.getParameter("bin"))
                    .ifPresentOrElse(
                            c -> answer.add(
                                    "campaign",
                                    Json.createObjectBuilder()
                                            .add("programme", c.programme())
                                            .add("plusInstallments", c.extraInstallments())
                                            .add("minimumInstallments", c.minimumInstallments())),
                            () -> answer.addNull("campaign"));
            body = answer.build().toString();
        } catch (InvalidInputException e) {
            status = 400;
            JsonArrayBuilder fields = Json.createArrayBuilder();
            for (FieldError f : e.errors()) {
                fields.add(Json.createObjectBuilder()
                        .add("field", f.field())
                        .add(
                                "reason",
                                Messages.text(
                                        req.getLocale(),
                                        f.messageKey(),
                                        f.args().toArray())));
            }
            body = Json.createObjectBuilder()
                    .add("error", "invalid_input")
                    .add("fields", fields)
                    .build()
                    .toString();
        } catch (NotFoundException e) {
            status = 404;
            body = Json.createObjectBuilder().add("error", "not_found").build().toString();
        }
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The installment count asked about: 1 when not given; a value that is not a number is refused as out of range. */
    private static int installments(HttpServletRequest req) {
        String n = req.getParameter("installments");
        if (n == null || n.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(n.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void addOrNull(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
