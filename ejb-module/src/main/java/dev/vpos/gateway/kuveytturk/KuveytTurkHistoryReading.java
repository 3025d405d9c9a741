package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * The order's history from {@code GetMerchantOrderDetail}: KuveytTürk has no history call (mews/pos), but each
 * {@code OrderContract} of the order carries what became of it — {@code FirstAmount} (the sale), {@code CancelAmount}
 * (what a same-day {@code SaleReversal} took back), {@code DrawbackAmount} (everything {@code DrawBack} and
 * {@code PartialDrawback} refunded so far), {@code LastOrderStatus} (1 done, 4 refunded, 5 partly refunded, 6 cancelled)
 * and {@code UpdateSystemDate} (the last change). So the history is a SALE line (approved on ResponseCode 00, else
 * declined with it), a VOID line when something was cancelled and one REFUND line carrying the refunded total: not
 * itemized — several partial refunds are one line, compare totals. Amounts are decimals here ({@code 10.01}), the
 * currency the contract's {@code FEC}. The bank has no id of its own per follow-up: lines carry none.
 */
final class KuveytTurkHistoryReading {

    private KuveytTurkHistoryReading() {}

    static OrderHistory read(HistoryInquiry inquiry, BankReply<KuveytTurkSoapResult> reply) {
        if (!reply.answered()) {
            return reply.notAnswered();
        }
        KuveytTurkSoapResult r = reply.get();
        if (!r.errorCode().isEmpty()) {
            return reply.notAnswered("the bank refused the inquiry: " + r.errorCode() + " " + r.errorMessage());
        }
        List<XmlNode> orders = r.orderContracts().stream()
                .filter(o -> inquiry.bankOrderId().equals(o.text("MerchantOrderId")))
                .toList();
        if (orders.size() != r.orderContracts().size()) {
            return reply.notAnswered("the inquiry answered about other orders");
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        try {
            for (XmlNode order : orders) {
                lines.addAll(lines(order));
            }
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            return reply.notAnswered("unreadable order detail: " + e.getMessage());
        }
        return OrderHistory.of(lines, false, inquiry.currency(), reply.exchange());
    }

    private static List<OrderHistory.Line> lines(XmlNode order) {
        String code = order.text("ResponseCode");
        boolean approved = KuveytTurkResponse.APPROVED.equals(code);
        Currency currency = currency(order.text("FEC"));
        List<OrderHistory.Line> lines = new ArrayList<>();
        lines.add(line(
                HistoryKind.SALE,
                "FirstAmount",
                approved ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                money(order.text("FirstAmount"), currency),
                code,
                order,
                time(order.text("OrderDate"))));
        if (!approved) {
            return lines;
        }
        Money cancelled = money(order.text("CancelAmount"), currency);
        if (cancelled.isPositive() || "6".equals(order.text("LastOrderStatus"))) {
            lines.add(line(
                    HistoryKind.VOID,
                    "CancelAmount",
                    GatewayOutcome.APPROVED,
                    cancelled.isPositive() ? cancelled : money(order.text("FirstAmount"), currency),
                    code,
                    order,
                    changed(order)));
        }
        Money refunded = money(order.text("DrawbackAmount"), currency);
        if (refunded.isPositive()) {
            lines.add(line(
                    HistoryKind.REFUND,
                    "DrawbackAmount",
                    GatewayOutcome.APPROVED,
                    refunded,
                    code,
                    order,
                    changed(order)));
        }
        return lines;
    }

    private static OrderHistory.Line line(
            HistoryKind kind,
            String bankType,
            GatewayOutcome outcome,
            Money amount,
            String code,
            XmlNode order,
            OffsetDateTime at) {
        return new OrderHistory.Line(
                kind,
                bankType,
                outcome,
                amount,
                null,
                code,
                blankToNull(order.text("ProvNumber")),
                blankToNull(order.text("RRN")),
                blankToNull(order.text("Stan")),
                at);
    }

    private static Currency currency(String fec) {
        String numeric = KuveytTurkFormats.normalizedCurrency(fec);
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> String.format("%04d", c.getNumericCode()).equals(numeric))
                .min(Comparator.comparing(Currency::getCurrencyCode))
                .orElseThrow(() -> new IllegalArgumentException("currency '" + fec + "'"));
    }

    /** A decimal amount as the order detail writes it ({@code 10.01}; empty is zero). */
    private static Money money(String text, Currency currency) {
        String t = text == null || text.isBlank() ? "0" : text.trim();
        if (!t.matches("\\d{1,12}(\\.\\d{1,4})?")) {
            throw new IllegalArgumentException("amount '" + text + "'");
        }
        return new Money(new BigDecimal(t).stripTrailingZeros(), currency);
    }

    /** When the order last changed: {@code UpdateSystemDate}, else its date. */
    private static OffsetDateTime changed(XmlNode order) {
        String updated = order.text("UpdateSystemDate");
        return time(updated.isEmpty() ? order.text("OrderDate") : updated);
    }

    private static OffsetDateTime time(String text) {
        return text.isEmpty()
                ? null
                : LocalDateTime.parse(text).atZone(KuveytTurkGateway.BANK_ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
