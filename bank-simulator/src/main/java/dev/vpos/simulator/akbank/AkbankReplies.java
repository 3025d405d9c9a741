package dev.vpos.simulator.akbank;

import dev.vpos.simulator.ledger.LedgerEntry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The simulated Akbank API's answers. Codes seen in mews/pos's fixtures: {@code VPS-0000} BAŞARILI, {@code VPS-1005}
 * Provizyon Hatası (with the host's code), {@code VPS-1007} original not found, {@code VPS-1008} already cancelled,
 * {@code VPS-1013} order id not unique, {@code VPS-1073} bad request time, {@code VPS-1123} no such order,
 * {@code VPS-1279} 3-D authentication failed. The simulator's own choices (real codes not public): {@code VPS-1099}
 * auth-hash does not verify or unknown terminal, {@code VPS-1001} a missing or invalid field, {@code VPS-1090} a
 * follow-up the bank's rules refuse.
 */
final class AkbankReplies {

    static final String OK = "VPS-0000";
    static final String PROVISION_ERROR = "VPS-1005";
    static final String NOT_FOUND = "VPS-1007";
    static final String ALREADY_CANCELLED = "VPS-1008";
    static final String ORDER_ID_USED = "VPS-1013";
    static final String BAD_TIME = "VPS-1073";
    static final String NO_SUCH_ORDER = "VPS-1123";
    static final String THREE_D_FAILED = "VPS-1279";
    static final String BAD_HASH = "VPS-1099";
    static final String INVALID_FIELD = "VPS-1001";
    static final String RULE = "VPS-1090";

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    static final Map<String, String> HOST_MESSAGES = Map.of(
            "00", "000 ONAY KODU",
            "05", "RED-ONAYLANMADI",
            "41", "KAYIP KART",
            "51", "LIMIT YETERSIZ",
            "54", "VADESI GECMIS KART");

    private AkbankReplies() {}

    static JsonObjectBuilder base(String txnCode, String code, String message, Clock clock) {
        return Json.createObjectBuilder()
                .add("txnCode", txnCode)
                .add("responseCode", code)
                .add("responseMessage", message)
                .add("txnDateTime", LocalDateTime.now(clock).format(TIME));
    }

    static JsonObject refused(String txnCode, String code, String message, String orderId, Clock clock) {
        JsonObjectBuilder b = base(txnCode, code, message, clock);
        if (orderId != null && !orderId.isEmpty()) {
            b.add("order", Json.createObjectBuilder().add("orderId", orderId));
        }
        return b.build();
    }

    /** The answer to a booked authorisation or follow-up (approved, or declined by the host). */
    static JsonObject booked(String txnCode, LedgerEntry e, Clock clock) {
        boolean approved = e.isApproved();
        return base(txnCode, approved ? OK : PROVISION_ERROR, approved ? "BAŞARILI" : "Provizyon Hatası", clock)
                .add("hostResponseCode", e.resultCode())
                .add("hostMessage", HOST_MESSAGES.getOrDefault(e.resultCode(), "RED"))
                .add("order", Json.createObjectBuilder().add("orderId", e.orderId()))
                .add(
                        "transaction",
                        Json.createObjectBuilder()
                                .add("authCode", e.authCode())
                                .add("rrn", e.hostRefNum())
                                .add("batchNumber", Integer.parseInt(e.settleId()))
                                .add("stan", Integer.parseInt(e.transId())))
                .build();
    }
}
