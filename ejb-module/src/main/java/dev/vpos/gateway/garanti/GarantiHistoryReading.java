package dev.vpos.gateway.garanti;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@code orderhistoryinq} answer: one {@code OrderTxn} per transaction of the order with its Type
 * (sales, preauth, postauth, void, refund: SALE, PRE_AUTH, CAPTURE, VOID, REFUND; anything else OTHER), Status (00 approved), ReturnCode, amounts in hundredths, RRN, auth code
 * and dates ({@code yyyyMMdd}; the time of day only where the answer has {@code ProvDate}). Order not found is an
 * answered, empty history.
 */
final class GarantiHistoryReading {

    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");
    private static final Map<String, HistoryKind> KINDS = Map.of(
            "sales",
            HistoryKind.SALE,
            "preauth",
            HistoryKind.PRE_AUTH,
            "postauth",
            HistoryKind.CAPTURE,
            "void",
            HistoryKind.VOID,
            "refund",
            HistoryKind.REFUND);

    private GarantiHistoryReading() {}

    static OrderHistory read(HistoryInquiry inquiry, GvpsResponse r, BankExchange exchange) {
        String orderId = inquiry.bankOrderId();
        if ("92".equals(r.code()) && GarantiStatusReading.ORDER_NOT_FOUND.equals(r.reasonCode())) {
            return new OrderHistory(true, List.of(), exchange);
        }
        if (!"00".equals(r.code()) || !orderId.equals(r.orderId())) {
            return OrderHistory.notAnswered(exchange.withFailure(
                    "no usable history answer: " + r.bankCode() + " " + r.bankMessage() + " order=" + r.orderId()));
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (Map<String, String> tx : r.history()) {
            String type = tx.getOrDefault("Type", "");
            String amount = nonZero(tx.get("AuthAmount")) ? tx.get("AuthAmount") : tx.getOrDefault("PreAuthAmount", "");
            lines.add(new OrderHistory.Line(
                    KINDS.getOrDefault(type, HistoryKind.OTHER),
                    type,
                    "00".equals(tx.get("Status")) ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                    GarantiFormats.money(amount, tx.get("CurrencyCode")).orElse(null),
                    null,
                    tx.getOrDefault("ReturnCode", ""),
                    emptyToNull(tx.get("AuthCode")),
                    emptyToNull(tx.get("RetrefNum")),
                    null,
                    when(tx)));
        }
        return OrderHistory.of(lines, true, inquiry.currency(), exchange);
    }

    private static OffsetDateTime when(Map<String, String> tx) {
        try {
            String provDate = tx.getOrDefault("ProvDate", "");
            if (!provDate.isEmpty()) {
                return LocalDateTime.parse(provDate, DAY_TIME).atZone(BANK_ZONE).toOffsetDateTime();
            }
            for (String field : List.of("AuthDate", "PreAuthDate", "VoidDate")) {
                String day = tx.getOrDefault(field, "");
                if (day.matches("\\d{8}")) {
                    return LocalDate.parse(day, DAY).atStartOfDay(BANK_ZONE).toOffsetDateTime();
                }
            }
        } catch (DateTimeParseException unreadable) {
            return null;
        }
        return null;
    }

    private static boolean nonZero(String hundredths) {
        return hundredths != null && hundredths.matches("\\d+") && !hundredths.matches("0+");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
