package dev.vpos.simulator.payfor;

import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.payfor.PayForBooking.Booking;
import dev.vpos.simulator.payfor.PayForMerchants.Merchant;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Post-authorisation, void and refund, judged against the ledger the way PayFor does. All name the original order
 * by {@code OrgOrderId} and are recorded under it.
 * <ul>
 *   <li>PostAuth: only a pre-authorisation (V016) not yet closed (V025) nor voided (V017); once; the amount must be
 *       between 85% and 100% of the pre-authorised amount (V027; the real bank allows up to 115%, the simulator
 *       never captures more than was reserved).</li>
 *   <li>Void: the whole order, while its authorisation's batch is open and nothing was refunded (V018); not twice
 *       (V017).</li>
 *   <li>Refund: only after the day end (V014 "cancel the original instead" while the batch is open); partial
 *       refunds add up to at most what was captured (V015; V037 once all of it was refunded).</li>
 * </ul>
 */
final class PayForFollowUps {

    private static final BigDecimal MIN_CAPTURE_SHARE = new BigDecimal("0.85");

    private final PayForBooking booking;
    private final PayForIdentifiers ids;

    PayForFollowUps(PayForBooking booking, PayForIdentifiers ids) {
        this.booking = booking;
        this.ids = ids;
    }

    PayForAnswer postAuth(Merchant merchant, PayForRequest r) {
        String orderId = r.get("OrgOrderId");
        Optional<String> invalid =
                PayForChecks.amount(r.get("PurchAmount")).or(() -> PayForChecks.currency(r.get("Currency")));
        if (invalid.isPresent()) {
            return PayForAnswer.refused(invalid.get(), orderId);
        }
        LedgerOrder order = booking.order(merchant, orderId);
        BigDecimal amount = r.purchAmount().orElseThrow();
        String refusal = !order.exists()
                ? PayForCodes.NOT_FOUND
                : !order.isPreAuthorization()
                        ? PayForCodes.NOT_A_PRE_AUTH
                        : order.voided()
                                ? PayForCodes.ALREADY_VOIDED
                                : !order.capturable()
                                        ? PayForCodes.ALREADY_CLOSED
                                        : !sameCurrency(order, r)
                                                ? PayForCodes.CURRENCY_INVALID
                                                : !withinCaptureRange(
                                                                amount,
                                                                order.authorization()
                                                                        .orElseThrow()
                                                                        .amount())
                                                        ? PayForCodes.POST_AUTH_AMOUNT
                                                        : null;
        return refusal != null
                ? PayForAnswer.refused(refusal, orderId)
                : book(merchant, order, amount, LedgerType.POST_AUTH);
    }

    PayForAnswer voidOrder(Merchant merchant, PayForRequest r) {
        String orderId = r.get("OrgOrderId");
        LedgerOrder order = booking.order(merchant, orderId);
        String refusal = !order.exists()
                ? PayForCodes.NOT_FOUND
                : order.voided()
                        ? PayForCodes.ALREADY_VOIDED
                        : !order.voidable()
                                ? PayForCodes.CANNOT_VOID
                                : !r.get("Currency").isEmpty() && !sameCurrency(order, r)
                                        ? PayForCodes.CURRENCY_INVALID
                                        : null;
        if (refusal != null) {
            return PayForAnswer.refused(refusal, orderId);
        }
        BigDecimal amount = order.captured().signum() > 0
                ? order.captured()
                : order.authorization().orElseThrow().amount();
        return book(merchant, order, amount, LedgerType.VOID);
    }

    PayForAnswer refund(Merchant merchant, PayForRequest r) {
        String orderId = r.get("OrgOrderId");
        Optional<String> invalid =
                PayForChecks.amount(r.get("PurchAmount")).or(() -> PayForChecks.currency(r.get("Currency")));
        if (invalid.isPresent()) {
            return PayForAnswer.refused(invalid.get(), orderId);
        }
        LedgerOrder order = booking.order(merchant, orderId);
        BigDecimal amount = r.purchAmount().orElseThrow();
        String refusal = !order.exists()
                ? PayForCodes.NOT_FOUND
                : order.voided()
                        ? PayForCodes.ALREADY_VOIDED
                        : order.authorizationInOpenBatch()
                                ? PayForCodes.REFUND_BEFORE_DAY_END
                                : !sameCurrency(order, r)
                                        ? PayForCodes.CURRENCY_INVALID
                                        : order.refundable().signum() == 0
                                                        && order.refunded().signum() > 0
                                                ? PayForCodes.ALREADY_REFUNDED
                                                : amount.compareTo(order.refundable()) > 0
                                                        ? PayForCodes.REFUND_EXCEEDS_ORIGINAL
                                                        : null;
        return refusal != null
                ? PayForAnswer.refused(refusal, orderId)
                : book(merchant, order, amount, LedgerType.REFUND);
    }

    private PayForAnswer book(Merchant merchant, LedgerOrder order, BigDecimal amount, LedgerType type) {
        LedgerEntry original = order.authorization().orElseThrow();
        String authCode = ids.authCode();
        String hostRefNum = ids.hostRefNum();
        booking.book(new Booking(
                merchant,
                original.orderId(),
                amount,
                original.currency(),
                original.installments(),
                original.maskedPan(),
                PayForCodes.APPROVED,
                authCode,
                hostRefNum,
                original.orderId(),
                type));
        return PayForAnswer.payment(PayForCodes.APPROVED, authCode, hostRefNum, original.orderId(), "");
    }

    private static boolean sameCurrency(LedgerOrder order, PayForRequest r) {
        return order.authorization()
                .map(a -> a.currency().equals(r.get("Currency")))
                .orElse(false);
    }

    private static boolean withinCaptureRange(BigDecimal amount, BigDecimal reserved) {
        return amount.compareTo(reserved) <= 0 && amount.compareTo(reserved.multiply(MIN_CAPTURE_SHARE)) >= 0;
    }
}
