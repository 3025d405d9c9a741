package dev.vpos.simulator.tosla;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The JSON answers of the simulated Tosla API: {@code Code 0} when the API took the request ({@code Message
 * "Başarılı"}), or its refusals — {@code 101} original not found, {@code 997} hash, {@code 998} validation (with
 * {@code ValidationErrors}), {@code 999} general error and the simulator's {@code 102} order id already used.
 */
final class ToslaReplies {

    static final int OK = 0;
    static final int NOT_FOUND = 101;
    static final int ORDER_ID_USED = 102;
    static final int HASH_ERROR = 997;
    static final int VALIDATION = 998;
    static final int GENERAL = 999;

    private ToslaReplies() {}

    /** A payment or follow-up answer. */
    static JsonObject payment(String orderId, String bankCode, String authCode, String hostRef, String transactionId) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        text(b, "OrderId", orderId);
        text(b, "BankResponseCode", bankCode);
        text(b, "BankResponseMessage", ToslaOutcomes.MESSAGES.get(bankCode));
        text(b, "AuthCode", authCode);
        text(b, "HostReferenceNumber", hostRef);
        text(b, "TransactionId", transactionId);
        return b.add("Code", OK).add("Message", "Başarılı").build();
    }

    /** A refusal by the API itself: no host answer. */
    static JsonObject refused(int code, String orderId, String... validationErrors) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        text(b, "OrderId", orderId);
        b.addNull("BankResponseCode")
                .addNull("BankResponseMessage")
                .addNull("AuthCode")
                .addNull("HostReferenceNumber")
                .addNull("TransactionId")
                .add("Code", code)
                .add("Message", message(code));
        if (validationErrors.length > 0) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            List.of(validationErrors).forEach(errors::add);
            b.add("ValidationErrors", errors);
        }
        return b.build();
    }

    static String message(int code) {
        return switch (code) {
            case NOT_FOUND -> "Orjinal Kayıt Bulunamadı";
            case ORDER_ID_USED -> "Bu sipariş numarası ile daha önce işlem yapılmış";
            case HASH_ERROR -> "Hash Hatası";
            case VALIDATION -> "Validasyon Hatası";
            default -> "Genel Hata";
        };
    }

    static void text(JsonObjectBuilder b, String name, String value) {
        if (value == null || value.isEmpty()) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
