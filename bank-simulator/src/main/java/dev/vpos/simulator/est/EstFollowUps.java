package dev.vpos.simulator.est;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The EST gateway's follow-ups of an order, judged against the {@link Ledger} (family EST, the request's
 * {@code ClientId} and {@code OrderId}); credentials and {@code Type} were checked before. EST addresses every
 * follow-up by the original {@code OrderId}.
 * <ul>
 *   <li>{@code PostAuth}: capture of an approved, not yet captured or voided pre-authorisation, for {@code Total}
 *       (partial allowed, at most the pre-authorised amount) or, without {@code Total}, for the whole of it.</li>
 *   <li>{@code Void}: cancel of an order while its authorisation's batch is open (the same day, before day end)
 *       and nothing was refunded; voids the whole order (sale, or pre-authorisation and its capture).</li>
 *   <li>{@code Credit}: refund of captured money, for {@code Total} (partial allowed, several times, at most what
 *       is left) or, without {@code Total}, for all that is left; only once every capture's batch is closed: a
 *       same-day transaction must be voided instead ({@code CORE-2508}, as the gateway answers).</li>
 * </ul>
 * {@code CORE-2008} and {@code CORE-2508} and their texts are the gateway's (mewebstudio/pos fixtures); the others
 * are the simulator's choices.
 */
final class EstFollowUps {

    static final String NOTHING_TO_VOID = "CORE-2008";
    static final String REFUND_BEFORE_DAY_END = "CORE-2508";
    static final String NOTHING_TO_CAPTURE = "CORE-2009";
    static final String CAPTURE_EXCEEDS_PRE_AUTH = "CORE-2010";
    static final String REFUND_EXCEEDS_REFUNDABLE = "CORE-2509";
    static final String CURRENCY_MISMATCH = "CORE-2104";

    private final Ledger ledger;

    EstFollowUps(Ledger ledger) {
        this.ledger = ledger;
    }

    EstBank.Decision decide(EstRequest r) {
        Optional<EstVerdict> missing = EstRequestChecks.missingOrderId(r);
        if (missing.isPresent()) {
            return EstBank.Decision.error(r, missing.get());
        }
        LedgerOrder order = ledger.order(EstBank.FAMILY, r.clientId(), r.orderId());
        return switch (r.get("Type")) {
            case "PostAuth" -> capture(r, order);
            case "Void" -> cancel(r, order);
            case "Credit" -> refund(r, order);
            default -> throw new IllegalArgumentException("not a follow-up: " + r.get("Type"));
        };
    }

    private EstBank.Decision capture(EstRequest r, LedgerOrder order) {
        if (!order.capturable()) {
            return error(
                    r,
                    NOTHING_TO_CAPTURE,
                    "Kapatilacak on provizyon bulunamadi" + " / No open pre-authorisation to capture for this order");
        }
        LedgerEntry preAuth = order.authorization().orElseThrow();
        Optional<BigDecimal> amount = amount(r, preAuth.amount());
        if (amount.isEmpty()) {
            return error(r, EstRequestChecks.INVALID_AMOUNT, "Gecersiz tutar");
        }
        if (amount.get().compareTo(preAuth.amount()) > 0) {
            return error(
                    r,
                    CAPTURE_EXCEEDS_PRE_AUTH,
                    "Kapama tutari on provizyon tutarini asiyor" + " / The capture exceeds the pre-authorised amount");
        }
        return approved(r, LedgerType.POST_AUTH, amount.get(), preAuth);
    }

    private EstBank.Decision cancel(EstRequest r, LedgerOrder order) {
        if (!order.voidable()) {
            return error(r, NOTHING_TO_VOID, "İptal edilmeye uygun satış işlemi bulunamadı.");
        }
        LedgerEntry authorization = order.authorization().orElseThrow();
        BigDecimal amount = order.captured().signum() > 0 ? order.captured() : authorization.amount();
        return approved(r, LedgerType.VOID, amount, authorization);
    }

    private EstBank.Decision refund(EstRequest r, LedgerOrder order) {
        if (!order.exists() || order.captured().signum() == 0) {
            return error(r, REFUND_EXCEEDS_REFUNDABLE, "Iade edilecek tutar yok / Nothing captured to refund");
        }
        LedgerEntry authorization = order.authorization().orElseThrow();
        if (!r.get("Currency").isEmpty() && !r.get("Currency").equals(authorization.currency())) {
            return error(r, CURRENCY_MISMATCH, "Para birimi siparisle uyusmuyor / Currency differs from the order's");
        }
        boolean capturedToday = order.entries().stream()
                .filter(e -> e.isApproved() && (e.type() == LedgerType.SALE || e.type() == LedgerType.POST_AUTH))
                .anyMatch(ledger::inOpenBatch);
        if (capturedToday) {
            return error(r, REFUND_BEFORE_DAY_END, "Iade yapilamaz, siparis gunsonuna girmemis.");
        }
        Optional<BigDecimal> amount = amount(r, order.refundable());
        if (amount.isEmpty()) {
            return error(r, EstRequestChecks.INVALID_AMOUNT, "Gecersiz tutar");
        }
        if (order.refundable().signum() == 0 || amount.get().compareTo(order.refundable()) > 0) {
            return error(
                    r,
                    REFUND_EXCEEDS_REFUNDABLE,
                    "Iade tutari iade edilebilir tutari asiyor" + " / The refund exceeds what is left to refund ("
                            + order.refundable().toPlainString() + ")");
        }
        return approved(r, LedgerType.REFUND, amount.get(), authorization);
    }

    /** {@code Total} when given (must be valid), else the whole of {@code whole}. */
    private static Optional<BigDecimal> amount(EstRequest r, BigDecimal whole) {
        return r.get("Total").isEmpty() ? Optional.of(whole) : r.validTotal();
    }

    private static EstBank.Decision approved(EstRequest r, LedgerType type, BigDecimal amount, LedgerEntry original) {
        return EstBank.Decision.booked(
                r,
                EstVerdict.approved(),
                new EstBank.Booking(
                        type,
                        amount,
                        original.currency(),
                        original.installments(),
                        original.maskedPan(),
                        dev.vpos.simulator.card.CardNumbers.brand(original.maskedPan())));
    }

    private static EstBank.Decision error(EstRequest r, String code, String message) {
        return EstBank.Decision.error(r, EstVerdict.error(code, message));
    }
}
