package dev.vpos.gateway.vakifkatilim;

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
 * Reads a {@code SelectOrder} answer: one {@code OrderContract} per transaction, in the bank's order; those of other
 * orders (the query is by provision number and dates) are left out. The kind is the line's {@code OrderStatus}:
 * 1 sale, 4 refund (everything refunded by then), 5 partial refund, 6 cancel (mews/pos); 2 pre-authorisation and
 * 3 capture are the simulator's choice. Approved on TransactionStatus 1 with ResponseCode 00; the amount is the line's
 * {@code TranAmount} (the authorisation's {@code FirstAmount} when absent) in its {@code FEC} currency; the time its
 * {@code OrderDate}, Istanbul time.
 */
final class VakifKatilimHistoryReading {

    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");

    private VakifKatilimHistoryReading() {}

    static OrderHistory read(HistoryInquiry inquiry, BankReply<VakifKatilimAnswer> reply) {
        if (!reply.answered()) {
            return reply.notAnswered();
        }
        VakifKatilimAnswer a = reply.get();
        if (!a.approved()) {
            return reply.notAnswered("the bank refused the history: " + a.code() + " " + a.message());
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (Map<String, String> o : a.orders()) {
            if (inquiry.bankOrderId().equals(o.get("MerchantOrderId"))) {
                lines.add(line(o));
            }
        }
        return OrderHistory.of(lines, true, inquiry.currency(), reply.exchange());
    }

    /** The one line of a status contract (an order the bank declined: it has no provision number to ask by). */
    static OrderHistory.Line line(Map<String, String> o) {
        String status = o.getOrDefault("OrderStatus", "");
        boolean approved =
                "1".equals(o.get("TransactionStatus")) && VakifKatilimAnswer.APPROVED.equals(o.get("ResponseCode"));
        String amount = o.getOrDefault("TranAmount", "");
        if (amount.isEmpty()) {
            amount = o.getOrDefault("FirstAmount", "");
        }
        String decimal = amount;
        Money money = VakifKatilimFormats.currencyOf(o.getOrDefault("FEC", ""))
                .flatMap(c -> VakifKatilimFormats.money(decimal, c))
                .orElse(null);
        return new OrderHistory.Line(
                kind(status),
                status + " " + o.getOrDefault("OrderStatusDescription", ""),
                approved ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                money,
                null,
                o.getOrDefault("ResponseCode", ""),
                approved ? o.get("ProvNumber") : null,
                o.get("RRN"),
                o.get("Stan"),
                time(o.getOrDefault("OrderDate", "")));
    }

    static HistoryKind kind(String orderStatus) {
        return switch (orderStatus) {
            case "1" -> HistoryKind.SALE;
            case "2" -> HistoryKind.PRE_AUTH;
            case "3" -> HistoryKind.CAPTURE;
            case "4", "5" -> HistoryKind.REFUND;
            case "6" -> HistoryKind.VOID;
            default -> HistoryKind.OTHER;
        };
    }

    static OffsetDateTime time(String text) {
        try {
            return LocalDateTime.parse(text).atZone(BANK_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
