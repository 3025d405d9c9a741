package dev.vpos.gateway.twocheckout;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.NotificationKind;
import java.util.Locale;

/**
 * What a 2Checkout order status means, the same for the IPN's {@code ORDERSTATUS} and the REST API's {@code Status}:
 * PENDING, PURCHASE_PENDING, PENDING_APPROVAL (and SUSPECT, under fraud review) are still open; PAYMENT_AUTHORIZED,
 * AUTHRECEIVED, PAYMENT_RECEIVED and COMPLETE mean the payment is approved; CANCELED and REVERSED take it back (or it
 * never happened); REFUND means the money went back; INVALID is a refused order.
 */
enum TwoCheckoutOrderStatus {
    PENDING,
    APPROVED,
    CANCELED,
    REFUNDED,
    REFUSED,
    OTHER;

    static TwoCheckoutOrderStatus of(String status) {
        return switch (status == null ? "" : status.trim().toUpperCase(Locale.ROOT)) {
            case "PENDING", "PURCHASE_PENDING", "PENDING_APPROVAL", "SUSPECT" -> PENDING;
            case "PAYMENT_AUTHORIZED", "AUTHRECEIVED", "PAYMENT_RECEIVED", "COMPLETE" -> APPROVED;
            case "CANCELED", "REVERSED" -> CANCELED;
            case "REFUND" -> REFUNDED;
            case "INVALID" -> REFUSED;
            default -> OTHER;
        };
    }

    NotificationKind kind() {
        return switch (this) {
            case PENDING -> NotificationKind.PAYMENT_PENDING;
            case APPROVED -> NotificationKind.PAYMENT_APPROVED;
            case CANCELED -> NotificationKind.PAYMENT_CANCELED;
            case REFUNDED -> NotificationKind.REFUNDED;
            case REFUSED -> NotificationKind.PAYMENT_DECLINED;
            case OTHER -> NotificationKind.IGNORED;
        };
    }

    /**
     * The order's outcome for a status inquiry: approved (also when refunded since: the payment did happen; the
     * refund is its own event), declined when canceled, reversed or invalid, unknown while it is pending.
     */
    GatewayOutcome outcome() {
        return switch (this) {
            case APPROVED, REFUNDED -> GatewayOutcome.APPROVED;
            case CANCELED, REFUSED -> GatewayOutcome.DECLINED;
            case PENDING, OTHER -> GatewayOutcome.UNKNOWN;
        };
    }
}
