package dev.vpos.gateway.tosla;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One JSON answer of Tosla's API. {@code Code} 0 means the API took the request (then {@code BankResponseCode} is the
 * card host's answer, {@code 00} approved); any other {@code Code} is the API's own refusal ({@code 101} original not
 * found, {@code 997} hash, {@code 998} validation, {@code 999} general). Values are read as text, {@code null} as empty.
 */
record ToslaAnswer(JsonObject json) {

    static final String APPROVED = "00";
    static final String ACCEPTED = "0";

    static Optional<ToslaAnswer> parse(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject o && o.containsKey("Code")
                    ? Optional.of(new ToslaAnswer(o))
                    : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    String get(String name) {
        return text(json, name);
    }

    String code() {
        return get("Code");
    }

    boolean accepted() {
        return ACCEPTED.equals(code());
    }

    /** The API's message: {@code Message} (the history's validation errors say {@code message}). */
    String message() {
        String m = get("Message").isEmpty() ? get("message") : get("Message");
        if (json.get("ValidationErrors") instanceof jakarta.json.JsonArray errors && !errors.isEmpty()) {
            List<String> texts = new ArrayList<>();
            errors.forEach(e -> texts.add(e instanceof JsonString s ? s.getString() : e.toString()));
            m = m + ": " + String.join("; ", texts);
        }
        return m;
    }

    /** The bank's code of the answer: the card host's BankResponseCode when there is one, else the API's Code. */
    String bankCode() {
        return accepted() && !get("BankResponseCode").isEmpty() ? get("BankResponseCode") : code();
    }

    String bankMessage() {
        return accepted() && !get("BankResponseMessage").isEmpty() ? get("BankResponseMessage") : message();
    }

    /** The history's transactions (empty when there are none or the answer has no list). */
    List<ToslaAnswer> transactions() {
        List<ToslaAnswer> list = new ArrayList<>();
        if (json.get("Transactions") instanceof jakarta.json.JsonArray items) {
            items.forEach(i -> {
                if (i instanceof JsonObject o) {
                    list.add(new ToslaAnswer(o));
                }
            });
        }
        return list;
    }

    static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return "";
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.isIntegral()
                    ? n.bigIntegerValue().toString()
                    : n.bigDecimalValue().toPlainString();
        }
        return v.toString();
    }
}
