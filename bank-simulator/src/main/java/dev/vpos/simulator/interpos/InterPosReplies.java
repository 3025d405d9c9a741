package dev.vpos.simulator.interpos;

import dev.vpos.simulator.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * InterPOS's answers: {@code Name=Value} pairs joined by {@code ;;}, amounts written the Turkish way ({@code 1,01}),
 * dates {@code dd.MM.yyyy HH:mm:ss}. The refusal codes other than host codes are the simulator's choices (InterPOS's
 * own are not public; docs/families/interpos.md): {@value #BAD_CREDENTIALS} shop, user or password wrong (mews/pos
 * shows 81 for a terminal that is not active), {@value #INVALID_FIELD} a field missing or invalid, {@value #RULE} a
 * follow-up the rules refuse, {@value #NOT_FOUND} no such order, {@value #ORDER_ID_USED} an order id used before.
 */
final class InterPosReplies {

    static final String OK = "00";
    static final String BAD_CREDENTIALS = "81";
    static final String INVALID_FIELD = "E31";
    static final String RULE = "E39";
    static final String NOT_FOUND = "E30";
    static final String ORDER_ID_USED = "E46";
    static final String NEVER = "1.1.0001 00:00:00";

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    static final Map<String, String> HOST_MESSAGES = Map.of(
            "05", "RED-ONAYLANMADI",
            "51", "LIMIT YETERSIZ",
            "54", "VADESI DOLMUS KART",
            "41", "KAYIP KART, KARTA EL KOYUNUZ");

    private InterPosReplies() {}

    static String text(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining(";;"));
    }

    static String turkish(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    static String time(OffsetDateTime at, Clock clock) {
        return at.atZoneSameInstant(clock.getZone()).format(TIME);
    }

    static Map<String, String> refused(String orderId, String code, String message, Clock clock) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("OrderId", orderId);
        f.put("ProcReturnCode", code);
        f.put("HostRefNum", "");
        f.put("AuthCode", "");
        f.put("TxnResult", "Failed");
        f.put("ErrorMessage", message);
        f.put("TRXDATE", LocalDateTime.now(clock).format(TIME));
        f.put("TransId", "");
        f.put("ErrorCode", code);
        f.put("Amount", "0");
        f.put("CardHolderName", "");
        return f;
    }

    /** The answer to a booked transaction ({@code answeredOrderId}: ours for a payment, the bank's for a follow-up). */
    static Map<String, String> booked(String answeredOrderId, LedgerEntry e, Clock clock) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("OrderId", answeredOrderId);
        f.put("ProcReturnCode", e.resultCode());
        f.put("HostRefNum", e.isApproved() ? e.hostRefNum() : "");
        f.put("AuthCode", e.authCode());
        f.put("TxnResult", e.isApproved() ? "Success" : "Failed");
        f.put("ErrorMessage", e.isApproved() ? "" : HOST_MESSAGES.getOrDefault(e.resultCode(), "RED"));
        f.put("CampanyId", "");
        f.put("CampanyInstallCount", "0");
        f.put("TRXDATE", time(e.timestamp(), clock));
        f.put("TransId", e.transId());
        f.put("ErrorCode", e.isApproved() ? "" : e.resultCode());
        f.put("EarnedBonus", "0,00");
        f.put("SurchargeAmount", "0");
        f.put("Amount", turkish(e.amount()));
        f.put("CardHolderName", "");
        return f;
    }
}
