package dev.vpos.simulator.control;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one control of every simulated provider's notifications (2Checkout, PayMaster, myPOS, Stripe), see
 * {@link NotificationControls}:
 * <ul>
 *   <li>{@code GET /control/notifications[?orderId=&family=]}: the deliveries, newest first, with their tries, and what
 *       is withheld;</li>
 *   <li>{@code POST /control/notifications} with {@code {"withhold":true|false}} (every order; {@code "all":true} may
 *       be given too) or {@code {"orderId":"...","withhold":true|false}}: withhold, or stop withholding;</li>
 *   <li>{@code POST /control/notifications/release} with {@code {}} or {@code {"orderId":"..."}}: send what was
 *       withheld now;</li>
 *   <li>{@code POST /control/notifications/resend} with {@code {"orderId":"..."}} (the order's latest notification)
 *       or {@code {"eventId":"evt_..."}} (one Stripe event): send again, as the provider's resend would;</li>
 *   <li>{@code DELETE /control/notifications}: forget the deliveries and withhold nothing.</li>
 * </ul>
 */
@WebServlet(urlPatterns = {"/control/notifications", "/control/notifications/*"})
public class NotificationControlServlet extends HttpServlet {

    private static final String USAGE =
            "body must be {\"withhold\":true|false} or {\"orderId\":\"...\",\"withhold\":true|false}";

    @Inject
    NotificationControls notifications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() != null && !"/".equals(request.getPathInfo())) {
            JsonReplies.send(response, HttpServletResponse.SC_NOT_FOUND, Map.of("error", "no such control"));
            return;
        }
        NotificationControls.Withholding w = notifications.withholding();
        JsonReplies.send(
                response,
                HttpServletResponse.SC_OK,
                Map.of(
                        "withholdAll",
                        w.withholdAll(),
                        "withheldOrders",
                        w.withheldOrders(),
                        "deliveries",
                        notifications.deliveries(parameter(request, "orderId"), parameter(request, "family"))));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<JsonObject> body = read(request);
        if (body.isEmpty()) {
            JsonReplies.badRequest(response, "body must be a JSON object");
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "", "/" -> withhold(body.get(), response);
            case "/release" -> {
                int released = notifications.release(text(body.get(), "orderId"));
                JsonReplies.send(response, HttpServletResponse.SC_OK, Map.of("released", released));
            }
            case "/resend" -> resend(body.get(), response);
            default -> JsonReplies.send(response, HttpServletResponse.SC_NOT_FOUND, Map.of("error", "no such control"));
        }
    }

    private void withhold(JsonObject body, HttpServletResponse response) throws IOException {
        JsonValue withhold = body.getOrDefault("withhold", JsonValue.NULL);
        if (withhold != JsonValue.TRUE && withhold != JsonValue.FALSE) {
            JsonReplies.badRequest(response, USAGE);
            return;
        }
        Optional<String> orderId = text(body, "orderId");
        if (orderId.isPresent() && body.getOrDefault("all", JsonValue.FALSE) == JsonValue.TRUE) {
            JsonReplies.badRequest(response, USAGE);
            return;
        }
        NotificationControls.Withholding w = notifications.withhold(orderId, withhold == JsonValue.TRUE);
        JsonReplies.send(
                response,
                HttpServletResponse.SC_OK,
                Map.of("withholdAll", w.withholdAll(), "withheldOrders", w.withheldOrders()));
    }

    private void resend(JsonObject body, HttpServletResponse response) throws IOException {
        Optional<String> eventId = text(body, "eventId");
        Optional<String> orderId = text(body, "orderId");
        if (eventId.isPresent() == orderId.isPresent()) {
            JsonReplies.badRequest(response, "body must be {\"orderId\":\"...\"} or {\"eventId\":\"evt_...\"}");
            return;
        }
        List<String> sent = eventId.isPresent()
                ? (notifications.resendEvent(eventId.get()) ? List.of(eventId.get()) : List.of())
                : notifications.resend(orderId.get());
        if (sent.isEmpty()) {
            JsonReplies.send(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    Map.of("error", "no notification for " + eventId.orElseGet(orderId::get)));
            return;
        }
        JsonReplies.send(response, HttpServletResponse.SC_ACCEPTED, Map.of("resent", sent));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        notifications.clear();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static Optional<String> parameter(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name)).filter(v -> !v.isBlank());
    }

    private static Optional<String> text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s && !s.getString().isBlank()
                ? Optional.of(s.getString())
                : Optional.empty();
    }

    private static Optional<JsonObject> read(HttpServletRequest request) throws IOException {
        try (JsonReader reader = Json.createReader(request.getInputStream())) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException notAnObject) {
            return Optional.empty();
        }
    }
}
