package dev.vpos.web.pay;

import dev.vpos.checkout.application.PayerPages;
import dev.vpos.shared.domain.NotFoundException;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /pay/{id}/details}: the payer's page as JSON ({@link dev.vpos.checkout.application.PayerPage}), scoped by
 * the checkout session id (the payer's capability, as for the page itself). 404 with {@code {"error":"not_found"}}
 * for an unknown session. Nothing in it identifies the card beyond the masked number of the last attempt.
 */
final class PayerPageJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private PayerPageJson() {}

    static void write(HttpServletRequest req, HttpServletResponse resp, PayerPages pages, String sessionId)
            throws IOException {
        String body;
        int status = 200;
        try {
            body = JSON.toJson(pages.of(sessionId));
        } catch (NotFoundException e) {
            status = 404;
            body = Json.createObjectBuilder().add("error", "not_found").build().toString();
        }
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
