package dev.vpos.simulator.tosla;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * A JSON request to the simulated Tosla API, read as strictly as its model binder: text fields are JSON strings,
 * {@code amount}, {@code currency}, {@code installmentCount}, {@code transactionDate}, {@code page} and
 * {@code pageSize} JSON integers (a quoted number is a validation error, as the real API's "Could not convert string
 * to integer"). {@link #toString()} shows the card masked and no CVV or hash.
 */
record ToslaRequest(String operation, JsonObject json) {

    static Optional<ToslaRequest> read(String operation, byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue v = reader.readValue();
            return v instanceof JsonObject o ? Optional.of(new ToslaRequest(operation, o)) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A text field; empty when absent or null; a number given for text is taken as its digits. */
    String text(String name) {
        JsonValue v = json.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return "";
    }

    boolean has(String name) {
        return json.containsKey(name) && json.get(name) != JsonValue.NULL;
    }

    /** An integer field: empty when absent; a validation message when it is not a JSON integer. */
    Optional<Long> integer(String name) throws NotAnInteger {
        JsonValue v = json.get(name);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return Optional.of(n.longValue());
        }
        String shown = v instanceof JsonString s ? s.getString() : v.toString();
        throw new NotAnInteger("Could not convert string to integer: " + shown + ". Path '" + name + "'.");
    }

    /** A field that should be an integer was not. */
    static final class NotAnInteger extends Exception {
        NotAnInteger(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(operation).append(" {");
        json.forEach((name, value) -> s.append(name)
                .append('=')
                .append(
                        switch (name) {
                            case "cvv", "hash" -> "***";
                            case "cardNo" -> dev.vpos.simulator.card.CardNumbers.mask(text(name));
                            default -> value.toString();
                        })
                .append(' '));
        return s.append('}').toString();
    }
}
