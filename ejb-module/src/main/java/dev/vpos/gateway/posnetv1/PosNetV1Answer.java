package dev.vpos.gateway.posnetv1;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

/**
 * One PosNet V1 answer: a JSON object whose {@code ServiceResponseData} holds {@code ResponseCode} and
 * {@code ResponseDescription} ({@code 00} an approved payment or follow-up, {@code 0000} a successful inquiry), with
 * {@code AuthCode}, {@code ReferenceCode} (the bank's reference of the transaction, which later follow-ups name) and,
 * for an inquiry, {@code TransactionData} (one object per transaction of the order, newest first).
 */
record PosNetV1Answer(JsonObject json) {

    static final String APPROVED = "00";
    static final String INQUIRY_OK = "0000";

    static Optional<PosNetV1Answer> parse(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue v = reader.readValue();
            return v instanceof JsonObject o
                            && o.get("ServiceResponseData") instanceof JsonObject r
                            && !PosNetV1Mac.text(r.get("ResponseCode")).isEmpty()
                    ? Optional.of(new PosNetV1Answer(o))
                    : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    String code() {
        return PosNetV1Mac.text(json.getJsonObject("ServiceResponseData").get("ResponseCode"));
    }

    String description() {
        return PosNetV1Mac.text(json.getJsonObject("ServiceResponseData").get("ResponseDescription"));
    }

    boolean approved() {
        return APPROVED.equals(code());
    }

    String get(String name) {
        return PosNetV1Mac.text(json.get(name));
    }

    List<JsonObject> transactions() {
        return json.get("TransactionData") instanceof JsonArray a
                ? a.stream()
                        .filter(v -> v instanceof JsonObject)
                        .map(v -> (JsonObject) v)
                        .toList()
                : List.of();
    }
}
