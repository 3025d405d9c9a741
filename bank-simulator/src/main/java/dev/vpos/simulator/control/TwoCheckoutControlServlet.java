package dev.vpos.simulator.control;

import dev.vpos.simulator.twocheckout.TwoCheckoutProvider;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The IPN settings of a simulated 2Checkout merchant (what a merchant sets in 2Checkout's control panel):
 * {@code GET /control/twocheckout/ipn-settings?merchant=CODE}, {@code POST} with {@code {"merchant":"CODE",
 * "url":"https://..."}} ({@code ""} stops its IPNs).
 */
@WebServlet(urlPatterns = "/control/twocheckout/ipn-settings")
public class TwoCheckoutControlServlet extends HttpServlet {

    @Inject
    TwoCheckoutProvider provider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String merchant = request.getParameter("merchant");
        if (merchant == null || !provider.shop().knows(merchant)) {
            JsonReplies.badRequest(response, "merchant must be a known merchant code");
            return;
        }
        JsonReplies.send(
                response,
                HttpServletResponse.SC_OK,
                Map.of(
                        "merchant",
                        merchant,
                        "url",
                        provider.shop().ipnUrl(merchant).orElse("")));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body;
        try (JsonReader reader = Json.createReader(request.getInputStream())) {
            body = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            JsonReplies.badRequest(response, "body must be {\"merchant\":\"...\",\"url\":\"...\"}");
            return;
        }
        String merchant = body.get("merchant") instanceof JsonString s ? s.getString() : "";
        String url = body.get("url") instanceof JsonString s ? s.getString().trim() : null;
        if (!provider.shop().knows(merchant) || url == null || !(url.isEmpty() || url.matches("https?://\\S+"))) {
            JsonReplies.badRequest(response, "merchant must be a known merchant code and url an http(s) URL or \"\"");
            return;
        }
        provider.shop().ipnUrl(merchant, url);
        log("2Checkout merchant " + merchant + " IPN URL set to " + (url.isEmpty() ? "(none)" : url));
        JsonReplies.send(response, HttpServletResponse.SC_OK, Map.of("merchant", merchant, "url", url));
    }
}
