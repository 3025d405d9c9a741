package dev.vpos.gateway.paymaster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A REST API answer: {@code ErrorCode} (0 = done; -1 unknown error, -2 network error, -6 no access, -7 wrong hash,
 * -13 payment not found, -14 nonce reused, -18 wrong amount, ...) and the {@code Payment} (or {@code Refund}) object.
 */
record PayMasterPayment(
        int errorCode,
        String paymentId,
        String siteInvoiceId,
        String state,
        BigDecimal amount,
        String currency,
        boolean testPayment,
        String refundStatus,
        String refundErrorCode,
        String refundErrorDesc) {

    static final int NOT_FOUND = -13;

    static Optional<PayMasterPayment> parse(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            root = reader.readObject();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!(root.get("ErrorCode") instanceof jakarta.json.JsonNumber code)) {
            return Optional.empty();
        }
        JsonObject p = root.get("Payment") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject r = root.get("Refund") instanceof JsonObject o
                ? o
                : root.get("Response") instanceof JsonObject o2 ? o2 : JsonValue.EMPTY_JSON_OBJECT;
        return Optional.of(new PayMasterPayment(
                code.intValue(),
                text(p, "PaymentID"),
                text(p, "SiteInvoiceID"),
                text(p, "State"),
                decimal(p, "Amount"),
                text(p, "CurrencyCode"),
                p.getBoolean("IsTestPayment", false),
                text(r, "Status"),
                text(r, "ErrorCode"),
                text(r, "ErrorDesc")));
    }

    /** A property as text: "" when absent or null, a number as written. */
    static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return "";
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    /** A number, or a string holding one; null otherwise. */
    static BigDecimal decimal(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof jakarta.json.JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s && s.getString().matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(s.getString());
        }
        return null;
    }
}
