package dev.vpos.simulator.posnetv1;

import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * PosNet V1's answers: {@code ServiceResponseData{ResponseCode, ResponseDescription}} with {@code AuthCode},
 * {@code ReferenceCode}, {@code InstallmentData}; the inquiry's {@code TransactionData}. Codes: {@value #OK} approved,
 * {@value #INQUIRY_OK} an inquiry answered, host declines in PosNet's four digits (0051, 0054, 0005, 0041), and the
 * refusals mews/pos shows: {@value #ORDER_ID_USED} order id used, {@value #INVALID_MERCHANT} unknown merchant or
 * terminal, {@value #NO_RECORD} no record. {@value #FORMAT_ERROR} (a field missing or invalid), {@value #NOT_FOUND}
 * (original not found), {@value #RULE} (refused by the rules), {@value #AMOUNT} (more than is left) are PosNet's
 * XML-API codes, and {@value #BAD_MAC} (MAC does not verify) is the simulator's choice (docs/families/posnetv1.md).
 */
final class PosNetV1Replies {

    static final String OK = "00";
    static final String INQUIRY_OK = "0000";
    static final String ORDER_ID_USED = "0127";
    static final String INVALID_MERCHANT = "0148";
    static final String NO_RECORD = "E219";
    static final String FORMAT_ERROR = "0030";
    static final String NOT_FOUND = "0123";
    static final String RULE = "0012";
    static final String AMOUNT = "0013";
    static final String BAD_MAC = "E201";

    static final Map<String, String> HOST_MESSAGES = Map.of(
            "0051", "YETERSIZ BAKIYE",
            "0054", "VADESI GECMIS KART",
            "0005", "ONAYLANMADI",
            "0041", "KAYIP KART, KARTA EL KOY");

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-ddHH:mm:ss.SSS");

    private PosNetV1Replies() {}

    private static JsonObjectBuilder base(String code, String description) {
        return Json.createObjectBuilder()
                .add(
                        "ServiceResponseData",
                        Json.createObjectBuilder().add("ResponseCode", code).add("ResponseDescription", description));
    }

    static JsonObject refused(String code, String description) {
        return base(code, description)
                .add("AuthCode", "")
                .add("ReferenceCode", "")
                .addNull("PointDataList")
                .addNull("InstallmentData")
                .build();
    }

    static JsonObject booked(LedgerEntry e) {
        return base(e.resultCode(), e.isApproved() ? "Onaylandı" : HOST_MESSAGES.getOrDefault(e.resultCode(), "RED"))
                .add("AuthCode", e.authCode())
                .add("ReferenceCode", e.hostRefNum())
                .add("PointDataList", Json.createArrayBuilder())
                .add(
                        "InstallmentData",
                        Json.createObjectBuilder()
                                .add("InstallmentCount", e.installments() > 1 ? e.installments() : 0)
                                .add("Amount", 0))
                .add("MessageData", Json.createObjectBuilder().add("Message1", " "))
                .build();
    }

    /** The inquiry's answer: every transaction of the order, newest first. */
    static JsonObject inquiry(List<LedgerEntry> newestFirst, Clock clock) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (LedgerEntry e : newestFirst) {
            lines.add(Json.createObjectBuilder()
                    .add(
                            "Amount",
                            e.amount()
                                    .setScale(2, RoundingMode.UNNECESSARY)
                                    .toPlainString()
                                    .replace('.', ','))
                    .add("AuthCode", e.authCode())
                    .add("CardNo", e.maskedPan())
                    .add("CurrencyCode", PosNetV1Books.letters(e.currency()))
                    .add("HostLogKey", e.hostRefNum())
                    .add("OrderId", e.orderId())
                    .add(
                            "TransactionDate",
                            e.timestamp().atZoneSameInstant(clock.getZone()).format(DATE))
                    .add("TransactionStatus", e.isApproved() ? "1" : "0")
                    .add("TransactionType", type(e.type()))
                    .add("ResponseCode", e.resultCode()));
        }
        return base(INQUIRY_OK, "Başarılı").add("TransactionData", lines).build();
    }

    static String type(LedgerType type) {
        return switch (type) {
            case SALE -> "Sale";
            case PRE_AUTH -> "Auth";
            case POST_AUTH -> "Capture";
            case VOID -> "Reverse";
            case REFUND -> "Return";
        };
    }
}
