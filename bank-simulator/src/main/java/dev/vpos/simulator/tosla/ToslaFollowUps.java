package dev.vpos.simulator.tosla;

import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.tosla.ToslaMerchants.Merchant;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code postAuth}, {@code void} and {@code refund}, judged against the ledger and recorded under the original order
 * id. Tosla's own codes for these refusals are not public: the simulator refuses a rule with {@code Code 998}
 * (validation) and a text saying which rule, and an unknown order with {@code 101}.
 * <ul>
 *   <li>postAuth: only an approved pre-authorisation not captured nor voided, once, for at most what it reserved;</li>
 *   <li>void (no amount): the whole order while its batch is open and nothing was refunded; not twice;</li>
 *   <li>refund: only after the day end (before it the order is to be voided); partial refunds add up to at most what
 *       was captured.</li>
 * </ul>
 */
final class ToslaFollowUps {

    private final ToslaBooking booking;

    ToslaFollowUps(ToslaBooking booking) {
        this.booking = booking;
    }

    JsonObject postAuth(Merchant m, ToslaRequest r) throws ToslaRequest.NotAnInteger {
        String orderId = r.text("orderId");
        Optional<Long> minor = r.integer("amount");
        if (minor.isEmpty() || minor.get() <= 0) {
            return rule(orderId, "The field amount must be a positive integer (minor units).");
        }
        LedgerOrder order = booking.order(m.clientId(), orderId);
        BigDecimal amount = BigDecimal.valueOf(minor.get(), 2);
        if (!order.exists()) {
            return ToslaReplies.refused(ToslaReplies.NOT_FOUND, orderId);
        }
        if (!order.isPreAuthorization()) {
            return rule(orderId, "The order is not a pre-authorisation.");
        }
        if (!order.capturable()) {
            return rule(orderId, order.voided() ? "The order was cancelled." : "The pre-authorisation was closed.");
        }
        if (amount.compareTo(order.authorization().orElseThrow().amount()) > 0) {
            return rule(orderId, "The amount exceeds the pre-authorised amount.");
        }
        return book(m, order, amount, LedgerType.POST_AUTH);
    }

    JsonObject voidOrder(Merchant m, ToslaRequest r) {
        String orderId = r.text("orderId");
        LedgerOrder order = booking.order(m.clientId(), orderId);
        if (!order.exists()) {
            return ToslaReplies.refused(ToslaReplies.NOT_FOUND, orderId);
        }
        if (order.voided()) {
            return rule(orderId, "The order was already cancelled.");
        }
        if (!order.voidable()) {
            return rule(orderId, "The order's day is closed (or it was refunded): refund it instead.");
        }
        BigDecimal amount = order.captured().signum() > 0
                ? order.captured()
                : order.authorization().orElseThrow().amount();
        return book(m, order, amount, LedgerType.VOID);
    }

    JsonObject refund(Merchant m, ToslaRequest r) throws ToslaRequest.NotAnInteger {
        String orderId = r.text("orderId");
        Optional<Long> minor = r.integer("amount");
        if (minor.isEmpty() || minor.get() <= 0) {
            return rule(orderId, "The field amount must be a positive integer (minor units).");
        }
        LedgerOrder order = booking.order(m.clientId(), orderId);
        BigDecimal amount = BigDecimal.valueOf(minor.get(), 2);
        if (!order.exists()) {
            return ToslaReplies.refused(ToslaReplies.NOT_FOUND, orderId);
        }
        if (order.voided()) {
            return rule(orderId, "The order was cancelled.");
        }
        if (order.authorizationInOpenBatch()) {
            return rule(orderId, "The order's day is not closed yet: cancel (void) it instead.");
        }
        if (amount.compareTo(order.refundable()) > 0) {
            return rule(orderId, "The amount exceeds what can still be refunded (" + order.refundable() + ").");
        }
        return book(m, order, amount, LedgerType.REFUND);
    }

    private JsonObject book(Merchant m, LedgerOrder order, BigDecimal amount, LedgerType type) {
        LedgerEntry original = order.authorization().orElseThrow();
        LedgerEntry booked = booking.book(new ToslaBooking.Booking(
                m.clientId(),
                original.orderId(),
                amount,
                original.currency(),
                original.installments(),
                original.maskedPan(),
                LedgerEntry.APPROVED,
                type));
        return ToslaReplies.payment(
                original.orderId(), LedgerEntry.APPROVED, booked.authCode(), booked.hostRefNum(), booked.transId());
    }

    private static JsonObject rule(String orderId, String why) {
        return ToslaReplies.refused(ToslaReplies.VALIDATION, orderId, why);
    }
}
