package dev.vpos.gateway.payfor;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.shared.domain.Money;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code TxnHistory} report: one line per {@code PaymentRequest} (Auth → SALE, PreAuth → PRE_AUTH,
 * PostAuth → CAPTURE, Void → VOID, Refund → REFUND), times in the bank's zone (Europe/Istanbul). A single
 * {@code V013} entry means the bank knows no transaction of that order: answered, no lines.
 */
final class PayForHistoryReading {

    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");

    private PayForHistoryReading() {}

    static OrderHistory read(BankReply<PayForResponse> reply, HistoryInquiry inquiry) {
        String orderId = inquiry.bankOrderId();
        if (!reply.answered()) {
            return reply.notAnswered();
        }
        if (reply.get().paymentRequests().isEmpty()) {
            return reply.notAnswered("the report holds no PaymentRequest");
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (Map<String, String> tx : reply.get().paymentRequests()) {
            String code = tx.getOrDefault("ProcReturnCode", "");
            if (PayForStatusReading.NOT_FOUND.equals(code)) {
                continue;
            }
            if (!orderId.equals(tx.getOrDefault("OrderId", ""))) {
                return reply.notAnswered("report lists order " + tx.getOrDefault("OrderId", "") + ", not " + orderId);
            }
            lines.add(new OrderHistory.Line(
                    kind(tx.getOrDefault("TxnType", "")),
                    tx.getOrDefault("TxnType", ""),
                    "00".equals(code) ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                    money(tx),
                    null,
                    code,
                    tx.getOrDefault("AuthCode", ""),
                    tx.getOrDefault("HostRefNum", ""),
                    tx.getOrDefault("OrderId", ""),
                    time(tx.getOrDefault("InsertDatetime", ""))));
        }
        return OrderHistory.of(lines, true, inquiry.currency(), reply.exchange());
    }

    private static HistoryKind kind(String txnType) {
        return switch (txnType) {
            case "Auth" -> HistoryKind.SALE;
            case "PreAuth" -> HistoryKind.PRE_AUTH;
            case "PostAuth" -> HistoryKind.CAPTURE;
            case "Void" -> HistoryKind.VOID;
            case "Refund" -> HistoryKind.REFUND;
            default -> HistoryKind.OTHER;
        };
    }

    /** The line's amount; null when the bank wrote none (or one its currency cannot hold). */
    private static Money money(Map<String, String> tx) {
        try {
            return PayForFormats.parseAmount(tx.getOrDefault("PurchAmount", ""))
                    .flatMap(amount -> PayForFormats.currencyOf(tx.getOrDefault("Currency", ""))
                            .map(currency -> new Money(amount, currency)))
                    .orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OffsetDateTime time(String text) {
        try {
            return LocalDateTime.parse(text).atZone(BANK_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
