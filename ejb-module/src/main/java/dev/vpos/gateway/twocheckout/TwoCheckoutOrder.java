package dev.vpos.gateway.twocheckout;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a REST API 6.0 order object the adapter reads ({@code RefNo}, {@code ExternalReference},
 * {@code Status}, {@code ApproveStatus}, {@code GrossPrice}, {@code Currency}, {@code TestOrder}, {@code OrderDate});
 * the rest is ignored.
 */
record TwoCheckoutOrder(
        String refNo,
        String externalReference,
        String status,
        String approveStatus,
        BigDecimal grossPrice,
        String currency,
        boolean testOrder,
        String orderDate) {

    TwoCheckoutOrderStatus meaning() {
        return TwoCheckoutOrderStatus.of(status);
    }

    /** One order object; empty when the body is not one. */
    static Optional<TwoCheckoutOrder> parseOne(byte[] body) {
        return read(body)
                .filter(s -> s instanceof JsonObject)
                .map(s -> (JsonObject) s)
                .filter(o -> o.containsKey("RefNo"))
                .map(TwoCheckoutOrder::of);
    }

    /** The orders of a search ({@code {"Items":[...]}} or a bare array); empty when the body is not a search answer. */
    static Optional<List<TwoCheckoutOrder>> parseSearch(byte[] body) {
        Optional<JsonStructure> json = read(body);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        JsonArray items;
        if (json.get() instanceof JsonArray array) {
            items = array;
        } else if (json.get() instanceof JsonObject o && o.get("Items") instanceof JsonArray array) {
            items = array;
        } else {
            return Optional.empty();
        }
        List<TwoCheckoutOrder> orders = new ArrayList<>();
        for (JsonValue v : items) {
            if (v instanceof JsonObject o) {
                orders.add(of(o));
            }
        }
        return Optional.of(orders);
    }

    /** {@code error_code} / {@code message} of an error answer, when the body is one. */
    static Optional<String[]> parseError(byte[] body) {
        return read(body)
                .filter(s -> s instanceof JsonObject)
                .map(s -> (JsonObject) s)
                .filter(o -> o.containsKey("error_code"))
                .map(o -> new String[] {text(o, "error_code"), text(o, "message")});
    }

    private static TwoCheckoutOrder of(JsonObject o) {
        BigDecimal gross = null;
        JsonValue g = o.get("GrossPrice");
        if (g != null && g.getValueType() == JsonValue.ValueType.NUMBER) {
            gross = o.getJsonNumber("GrossPrice").bigDecimalValue();
        } else if (g instanceof JsonString s && s.getString().matches("-?\\d+(\\.\\d+)?")) {
            gross = new BigDecimal(s.getString());
        }
        JsonValue test = o.get("TestOrder");
        boolean testOrder = test == JsonValue.TRUE
                || (test instanceof JsonString s && "1".equals(s.getString()))
                || (test != null && test.getValueType() == JsonValue.ValueType.NUMBER && o.getInt("TestOrder") == 1);
        return new TwoCheckoutOrder(
                text(o, "RefNo"),
                text(o, "ExternalReference"),
                text(o, "Status"),
                text(o, "ApproveStatus"),
                gross,
                text(o, "Currency"),
                testOrder,
                text(o, "OrderDate"));
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return "";
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    private static Optional<JsonStructure> read(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return Optional.of(reader.read());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
