package dev.vpos.simulator.mypos;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

/**
 * Fault injection for the myPOS notifications: {@code GET /control/mypos/notifications} shows what is withheld;
 * {@code POST} with {@code {"withhold":true|false}} withholds (or sends again) the notifications of every order, with
 * {@code {"orderId":"...","withhold":true|false}} those of one order. A withheld payment stays paid at the simulated
 * myPOS (its status says so) but the shop never hears of it.
 */
@WebServlet(urlPatterns = "/control/mypos/notifications")
public class MyPosNotificationsServlet extends HttpServlet {

    private static final String USAGE =
            "body must be {\"withhold\":true|false} or {\"orderId\":\"...\",\"withhold\":true|false}";

    @Inject
    MyPosHolder holder;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, 200, state());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MyPosNotifier notifier = holder.checkout().notifier();
        try (JsonReader reader = Json.createReader(request.getInputStream())) {
            JsonObject body = reader.readObject();
            JsonValue withhold = body.getOrDefault("withhold", JsonValue.NULL);
            if (withhold != JsonValue.TRUE && withhold != JsonValue.FALSE) {
                send(
                        response,
                        400,
                        Json.createObjectBuilder().add("error", USAGE).build().toString());
                return;
            }
            if (body.containsKey("orderId")) {
                notifier.withhold(body.getString("orderId"), withhold == JsonValue.TRUE);
            } else {
                notifier.withholdAll(withhold == JsonValue.TRUE);
            }
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            send(
                    response,
                    400,
                    Json.createObjectBuilder().add("error", USAGE).build().toString());
            return;
        }
        log("myPOS notifications: " + state());
        send(response, 200, state());
    }

    private String state() {
        MyPosNotifier n = holder.checkout().notifier();
        var orders = Json.createArrayBuilder();
        new TreeSet<>(n.withheldOrders()).forEach(orders::add);
        return Json.createObjectBuilder()
                .add("withholdAll", n.withholdingAll())
                .add("withheldOrders", orders)
                .build()
                .toString();
    }

    private static void send(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
