package dev.vpos.simulator.stripe;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated Stripe's controls (tests and demos; a real Stripe has its Dashboard for these):
 * <ul>
 *   <li>{@code GET|POST /control/stripe/webhook-endpoints} — list, or register {@code {"account","url","secret"?,
 *       "events"?}} (without a secret the account's {@code webhookSecret} from the merchant file, else a new one;
 *       without events, every event)</li>
 *   <li>{@code DELETE /control/stripe/webhook-endpoints/{id}}; {@code POST .../{id}/roll} {@code {"secret"?,
 *       "keepPrevious"?}} — the old secret keeps signing too unless {@code keepPrevious} is false</li>
 *   <li>{@code GET /control/stripe/events?orderId=} — the events made for an order (Stripe's event log)</li>
 *   <li>{@code GET /control/stripe/payment-intents?orderId=} — the ids of every PaymentIntent made for an order</li>
 * </ul>
 * Withholding, releasing, resending and listing the webhooks' deliveries is the one notification control of every
 * provider, {@code /control/notifications}.
 */
@WebServlet(urlPatterns = "/control/stripe/*")
public class StripeControlServlet extends HttpServlet {

    private static final Pattern ENDPOINT = Pattern.compile("/webhook-endpoints/(we_[A-Za-z0-9]+)(/roll)?");

    @Inject
    StripeSimulator stripe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StripeWebhooks webhooks = stripe.api().webhooks();
        Optional<String> orderId =
                Optional.ofNullable(request.getParameter("orderId")).filter(s -> !s.isBlank());
        switch (path(request)) {
            case "/webhook-endpoints" -> {
                JsonArrayBuilder list = Json.createArrayBuilder();
                webhooks.endpoints(Optional.ofNullable(request.getParameter("account")))
                        .forEach(e -> list.add(endpoint(e)));
                send(response, 200, list.build());
            }
            case "/events" -> {
                JsonArrayBuilder list = Json.createArrayBuilder();
                webhooks.eventsOf(orderId.orElse(""))
                        .forEach(e -> list.add(Json.createObjectBuilder(java.util.Map.<String, Object>copyOf(e))));
                send(response, 200, list.build());
            }
            case "/payment-intents" ->
                send(
                        response,
                        200,
                        Json.createArrayBuilder(stripe.api().paymentIntentIdsOfOrder(orderId.orElse("")))
                                .build());
            default -> send(response, 404, error("no such control"));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body;
        try {
            byte[] bytes = request.getInputStream().readNBytes(16 * 1024);
            body = bytes.length == 0
                    ? JsonValue.EMPTY_JSON_OBJECT
                    : Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))
                            .readObject();
        } catch (JsonException | IllegalStateException e) {
            send(response, 400, error("body must be a JSON object"));
            return;
        }
        StripeWebhooks webhooks = stripe.api().webhooks();
        String path = path(request);
        Matcher endpoint = ENDPOINT.matcher(path);
        if (path.equals("/webhook-endpoints")) {
            Optional<StripeAccounts.Account> account = stripe.api().accounts().byId(body.getString("account", ""));
            if (account.isEmpty() || body.getString("url", "").isBlank()) {
                send(response, 400, error("account (a known acct_ id) and url are required"));
                return;
            }
            String secret = body.getString("secret", account.get().webhookSecret());
            List<String> events = body.containsKey("events")
                    ? body.getJsonArray("events").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString)
                            .toList()
                    : List.of();
            send(
                    response,
                    201,
                    endpoint(webhooks.addEndpoint(account.get().id(), body.getString("url"), secret, events)));
        } else if (endpoint.matches() && endpoint.group(2) != null) {
            var rolled = webhooks.roll(
                    endpoint.group(1), body.getString("secret", null), body.getBoolean("keepPrevious", true));
            send(
                    response,
                    rolled.isPresent() ? 200 : 404,
                    rolled.map(this::endpoint).orElse(error("no such endpoint")));
        } else {
            send(response, 404, error("no such control"));
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher endpoint = ENDPOINT.matcher(path(request));
        if (endpoint.matches()
                && endpoint.group(2) == null
                && stripe.api().webhooks().removeEndpoint(null, endpoint.group(1))) {
            response.setStatus(204);
            return;
        }
        send(response, 404, error("no such endpoint"));
    }

    private JsonObject endpoint(StripeWebhooks.Endpoint e) {
        return Json.createObjectBuilder()
                .add("id", e.id())
                .add("account", e.accountId())
                .add("url", e.url())
                .add("events", Json.createArrayBuilder(e.enabledEvents()))
                .add("secrets", Json.createArrayBuilder(e.secrets()))
                .build();
    }

    private static String path(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo();
    }

    private static JsonObject error(String message) {
        return Json.createObjectBuilder().add("error", message).build();
    }

    private static void send(HttpServletResponse response, int status, JsonValue body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
