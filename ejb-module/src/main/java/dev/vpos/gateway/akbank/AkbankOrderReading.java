package dev.vpos.gateway.akbank;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the order history ({@code txnCode 1010}), Akbank's only inquiry (the new API has no separate status call):
 * {@code txnDetailList} holds one line per transaction ({@code txnCode} 1000/3000 sale, 1004/3004 pre-authorisation,
 * 1005 capture, 1003 cancel, 1002 refund) with its amount in major units and {@code currencyCode}, and the order's
 * {@code txnStatus} (N normal, V cancelled, R refunded, S failed). {@code VPS-1123} means no such order.
 */
final class AkbankOrderReading {

    private AkbankOrderReading() {}

    static HistoryKind kind(String txnCode) {
        return switch (txnCode) {
            case "1000", "3000" -> HistoryKind.SALE;
            case "1004", "3004" -> HistoryKind.PRE_AUTH;
            case "1005" -> HistoryKind.CAPTURE;
            case "1003" -> HistoryKind.VOID;
            case "1002" -> HistoryKind.REFUND;
            default -> HistoryKind.OTHER;
        };
    }

    static boolean noSuchOrder(AkbankAnswer a) {
        return AkbankCall.NO_SUCH_ORDER.equals(a.responseCode());
    }

    /** The order's authorisation line (sale or pre-authorisation), the first the bank lists. */
    static Optional<AkbankAnswer> authorization(AkbankAnswer a) {
        return a.transactions().stream()
                .filter(t ->
                        kind(t.get("txnCode")) == HistoryKind.SALE || kind(t.get("txnCode")) == HistoryKind.PRE_AUTH)
                .findFirst();
    }

    static GatewayResult status(BankReply<AkbankAnswer> reply, String orderId) {
        if (!reply.answered()) {
            return reply.unknown();
        }
        AkbankAnswer a = reply.get();
        if (noSuchOrder(a)) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT,
                    a.responseCode(),
                    a.get("responseMessage"),
                    null,
                    null,
                    null,
                    reply.exchange());
        }
        if (!a.approved()) {
            return reply.unknown("the bank refused the inquiry: " + a.responseCode() + " " + a.get("responseMessage"));
        }
        Optional<AkbankAnswer> auth = authorization(a);
        if (auth.isEmpty() || !orderId.equals(auth.get().get("orderId"))) {
            return reply.unknown("the order history shows no authorisation of order " + orderId);
        }
        AkbankAnswer t = auth.get();
        if (!t.approved()) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED, t.bankCode(), t.bankMessage(), null, t.get("rrn"), null, reply.exchange());
        }
        if ("V".equals(t.get("txnStatus"))) {
            return reply.unknown("order was cancelled at the bank; needs a person");
        }
        return new GatewayResult(
                GatewayOutcome.APPROVED,
                t.responseCode(),
                t.bankMessage(),
                t.get("authCode"),
                t.get("rrn"),
                null,
                reply.exchange());
    }

    static OrderHistory history(BankReply<AkbankAnswer> reply, HistoryInquiry inquiry) {
        if (!reply.answered()) {
            return reply.notAnswered();
        }
        AkbankAnswer a = reply.get();
        if (noSuchOrder(a)) {
            return OrderHistory.of(List.of(), true, inquiry.currency(), reply.exchange());
        }
        if (!a.approved()) {
            return reply.notAnswered(
                    "the bank refused the history: " + a.responseCode() + " " + a.get("responseMessage"));
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (AkbankAnswer t : a.transactions()) {
            String order = t.get("orgOrderId").isEmpty() ? t.get("orderId") : t.get("orgOrderId");
            if (!inquiry.bankOrderId().equals(order)) {
                return reply.notAnswered("history lists order " + order + ", not " + inquiry.bankOrderId());
            }
            lines.add(new OrderHistory.Line(
                    kind(t.get("txnCode")),
                    t.get("txnCode"),
                    t.approved() ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                    money(t),
                    null,
                    t.bankCode(),
                    t.get("authCode"),
                    t.get("rrn"),
                    null,
                    time(t.get("txnDateTime"))));
        }
        return OrderHistory.of(lines, true, inquiry.currency(), reply.exchange());
    }

    private static Money money(AkbankAnswer t) {
        try {
            BigDecimal amount = new BigDecimal(t.get("amount"));
            return AkbankFormats.currencyOf(t.get("currencyCode"))
                    .map(c -> new Money(amount.setScale(Money.currencyScale(c)), c))
                    .orElse(null);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static OffsetDateTime time(String text) {
        try {
            return LocalDateTime.parse(text).atZone(AkbankRequest.BANK_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
