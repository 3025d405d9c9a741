package dev.vpos.simulator.control;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * Fault injection for reconciliation tests. {@code POST /control/ledger/book} books an approved transaction the
 * merchant's system never saw; {@code POST /control/ledger/forget} makes the bank forget an order. Both take a JSON
 * object (see docs/bank-simulator.md).
 */
@WebServlet(urlPatterns = {"/control/ledger/book", "/control/ledger/forget"})
public class LedgerFaultsServlet extends HttpServlet {

    @Inject
    Ledger ledger;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body;
        try (JsonReader reader = Json.createReader(request.getInputStream())) {
            body = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            JsonReplies.badRequest(response, "the body must be a JSON object");
            return;
        }
        LedgerFaults faults = new LedgerFaults(ledger, Clock.system(ZoneId.of("Europe/Istanbul")));
        try {
            if (request.getServletPath().endsWith("/book")) {
                var entry = faults.book(new LedgerFaults.Booking(
                        text(body, "family"),
                        text(body, "merchant"),
                        text(body, "orderId"),
                        text(body, "amount"),
                        text(body, "currency"),
                        integer(body, "installments"),
                        text(body, "card"),
                        text(body, "type")));
                log("fault: booked " + entry.family() + " " + entry.clientId() + " " + entry.orderId() + " "
                        + entry.amount() + " that the merchant never saw");
                JsonReplies.send(response, HttpServletResponse.SC_CREATED, entry);
            } else {
                String family = text(body, "family");
                String merchant = text(body, "merchant");
                String orderId = text(body, "orderId");
                int forgotten = faults.forget(family, merchant, orderId);
                if (forgotten == 0) {
                    JsonReplies.send(
                            response,
                            HttpServletResponse.SC_NOT_FOUND,
                            Map.of("error", "no such order in the ledger", "forgotten", 0));
                    return;
                }
                log("fault: the bank forgot " + family + " " + merchant + " " + orderId);
                JsonReplies.send(response, HttpServletResponse.SC_OK, Map.of("forgotten", forgotten));
            }
        } catch (LedgerFaults.BadBooking e) {
            JsonReplies.badRequest(response, e.getMessage());
        } catch (LedgerFaults.OrderTaken e) {
            JsonReplies.send(response, HttpServletResponse.SC_CONFLICT, Map.of("error", e.getMessage()));
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v instanceof JsonNumber n ? n.toString() : null;
    }

    private static Integer integer(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.intValue();
        }
        return v instanceof JsonString s && s.getString().matches("[0-9]{1,2}") ? Integer.valueOf(s.getString()) : null;
    }
}
