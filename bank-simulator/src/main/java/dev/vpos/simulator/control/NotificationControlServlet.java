package dev.vpos.simulator.control;

import dev.vpos.simulator.hosted.NotificationDeliveryService;
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
import java.util.Map;
import java.util.Optional;

/**
 * The hosted providers' notifications (2Checkout IPNs, PayMaster notifications).
 * <ul>
 *   <li>{@code GET /control/notifications[?orderId=]}: every delivery with its tries, newest first, and what is
 *       withheld;</li>
 *   <li>{@code POST /control/notifications} with {@code {"orderId":"...","withhold":true|false}} or
 *       {@code {"all":true,"withhold":true|false}}: withhold (or release) the notifications of one order or of all;</li>
 *   <li>{@code POST /control/notifications/resend} with {@code {"orderId":"..."}}: send the order's latest notification
 *       again (also a withheld one), as the provider's resend would;</li>
 *   <li>{@code DELETE /control/notifications}: forget everything and withhold nothing.</li>
 * </ul>
 */
@WebServlet(urlPatterns = {"/control/notifications", "/control/notifications/resend"})
public class NotificationControlServlet extends HttpServlet {

    private static final String USAGE =
            "body must be {\"orderId\":\"...\",\"withhold\":true|false} or " + "{\"all\":true,\"withhold\":true|false}";

    @Inject
    NotificationDeliveryService notifications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> orderId =
                Optional.ofNullable(request.getParameter("orderId")).filter(id -> !id.isEmpty());
        JsonReplies.send(
                response,
                HttpServletResponse.SC_OK,
                Map.of(
                        "withholdAll",
                        notifications.withholdingAll(),
                        "withheldOrders",
                        notifications.withheldOrders(),
                        "deliveries",
                        notifications.deliveries(orderId)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<JsonObject> body = read(request);
        if (request.getServletPath().endsWith("/resend")) {
            Optional<String> orderId = body.flatMap(b -> text(b, "orderId"));
            if (orderId.isEmpty()) {
                JsonReplies.badRequest(response, "body must be {\"orderId\":\"...\"}");
                return;
            }
            Optional<Long> id = notifications.resend(orderId.get());
            if (id.isEmpty()) {
                JsonReplies.send(
                        response,
                        HttpServletResponse.SC_NOT_FOUND,
                        Map.of("error", "no notification for order " + orderId.get()));
                return;
            }
            JsonReplies.send(response, HttpServletResponse.SC_ACCEPTED, Map.of("deliveryId", id.get()));
            return;
        }
        JsonValue withhold =
                body.map(b -> b.getOrDefault("withhold", JsonValue.NULL)).orElse(JsonValue.NULL);
        if (withhold != JsonValue.TRUE && withhold != JsonValue.FALSE) {
            JsonReplies.badRequest(response, USAGE);
            return;
        }
        boolean on = withhold == JsonValue.TRUE;
        if (body.get().getOrDefault("all", JsonValue.FALSE) == JsonValue.TRUE) {
            notifications.withholdAll(on);
        } else if (text(body.get(), "orderId").isPresent()) {
            notifications.withhold(text(body.get(), "orderId").get(), on);
        } else {
            JsonReplies.badRequest(response, USAGE);
            return;
        }
        JsonReplies.send(
                response,
                HttpServletResponse.SC_OK,
                Map.of(
                        "withholdAll",
                        notifications.withholdingAll(),
                        "withheldOrders",
                        notifications.withheldOrders()));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        notifications.clear();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
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
