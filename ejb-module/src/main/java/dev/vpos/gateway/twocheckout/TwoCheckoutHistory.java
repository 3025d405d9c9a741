package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.shared.domain.Money;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * An order's history at 2Checkout, read from its order objects (REST API 6.0; every order 2Checkout holds under our
 * order id). 2Checkout has no list of an order's refunds; its {@code Status} tells what became of it, and we only ever
 * refund whole orders: a COMPLETE (or otherwise approved) order is a SALE of {@code GrossPrice}; a REFUND order is that
 * SALE and a REFUND of the same amount; a pending one is a SALE not decided yet; CANCELED and INVALID a declined SALE;
 * REVERSED (taken back after it was approved) the SALE and an OTHER line. The sale is dated by {@code OrderDate} (read as
 * UTC, as the API's authentication date is); the refund has no date of its own in the order. Lines carry no operation
 * id: 2Checkout keeps none per refund.
 */
final class TwoCheckoutHistory {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TwoCheckoutHistory() {}

    /** The lines of one order; null when its amount or currency cannot be read. */
    static List<OrderHistory.Line> lines(TwoCheckoutOrder o) {
        if (o.grossPrice() == null || o.currency().isBlank()) {
            return null;
        }
        Money amount;
        try {
            amount = new Money(o.grossPrice(), Currency.getInstance(o.currency().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        TwoCheckoutOrderStatus meaning = o.meaning();
        GatewayOutcome sale = switch (meaning) {
            case APPROVED, REFUNDED -> GatewayOutcome.APPROVED;
            case PENDING, OTHER -> GatewayOutcome.UNKNOWN;
            case CANCELED ->
                "REVERSED".equalsIgnoreCase(o.status()) ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED;
            case REFUSED -> GatewayOutcome.DECLINED;
        };
        List<OrderHistory.Line> lines = new ArrayList<>();
        lines.add(line(HistoryKind.SALE, o, sale, amount, time(o.orderDate())));
        if (meaning == TwoCheckoutOrderStatus.REFUNDED) {
            lines.add(line(HistoryKind.REFUND, o, GatewayOutcome.APPROVED, amount, null));
        } else if ("REVERSED".equalsIgnoreCase(o.status())) {
            lines.add(line(HistoryKind.OTHER, o, GatewayOutcome.APPROVED, amount, null));
        }
        return lines;
    }

    private static OrderHistory.Line line(
            HistoryKind kind, TwoCheckoutOrder o, GatewayOutcome outcome, Money amount, OffsetDateTime at) {
        return new OrderHistory.Line(
                kind, o.status(), outcome, amount, null, o.status(), null, o.refNo(), o.refNo(), at);
    }

    private static OffsetDateTime time(String text) {
        try {
            return text == null || text.isBlank()
                    ? null
                    : LocalDateTime.parse(text, DATE).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
