package dev.vpos.simulator.vakifkatilim;

import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.vakifkatilim.VakifKatilimChecks.Checked;
import dev.vpos.simulator.vakifkatilim.VakifKatilimMerchants.Merchant;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The follow-ups, each naming the order by MerchantOrderId and the bank's OrderId (both must match one order of the
 * merchant), with the HashPassword and the HashData over MerchantId + MerchantOrderId + Amount + UserName:
 * <ul>
 *   <li>{@code PreAuthorizatenClose}: the whole pre-authorisation (the message has no amount), once;</li>
 *   <li>{@code SaleReversal} (with the sale's Amount) and {@code PreAuthorizationReversal}: the whole order, while
 *       its batch is open (before the day end);</li>
 *   <li>{@code DrawBack} / {@code PreAuthorizationDrawBack}: everything captured, once, after the day end;
 *       {@code PartialDrawBack}: its Amount, repeatedly, up to what is left, after the day end.</li>
 * </ul>
 * A refusal books nothing: {@code OrderDataNotFound} for an order the bank does not have, {@code InvalidOrderStatus}
 * for one in the wrong state (the simulator's code), {@code 13} for an amount that does not fit.
 */
final class VakifKatilimFollowUps {

    private final VakifKatilimChecks checks;
    private final VakifKatilimBooks books;

    VakifKatilimFollowUps(VakifKatilimChecks checks, VakifKatilimBooks books) {
        this.checks = checks;
        this.books = books;
    }

    VakifKatilimReply handle(String operation, VakifKatilimDocument d) {
        String orderId = d.get("MerchantOrderId");
        Checked checked = checks.check(d, false, true);
        if (!checked.passed()) {
            return VakifKatilimBooks.refusal(checked.refusal(), orderId);
        }
        Merchant m = checked.merchant().get();
        LedgerOrder o = books.ledger().order(VakifKatilimBooks.FAMILY, m.merchantId(), orderId);
        if (!o.exists()
                || !VakifKatilimIdentifiers.orderId(o.authorization().get().hostRefNum())
                        .equals(d.get("OrderId"))) {
            return VakifKatilimBooks.refusal(VakifKatilimCodes.ORDER_NOT_FOUND, orderId);
        }
        LedgerEntry auth = o.authorization().get();
        String amountText = d.get("Amount");
        Optional<BigDecimal> amount = amountText.matches("[1-9]\\d{0,11}")
                ? Optional.of(new BigDecimal(amountText).movePointLeft(2))
                : Optional.empty();
        if (!amountText.isEmpty() && amount.isEmpty()) {
            return VakifKatilimBooks.refusal(VakifKatilimCodes.INVALID_AMOUNT, orderId);
        }
        Decision decision = switch (operation) {
            case "PreAuthorizatenClose" ->
                !o.capturable()
                        ? Decision.refuse(VakifKatilimCodes.ORDER_STATUS)
                        : amount.isPresent() && amount.get().compareTo(auth.amount()) != 0
                                ? Decision.refuse(VakifKatilimCodes.INVALID_AMOUNT)
                                : Decision.book(auth.amount(), LedgerType.POST_AUTH);
            case "SaleReversal" ->
                o.isPreAuthorization() || !o.voidable() || !"1".equals(d.get("PaymentType"))
                        ? Decision.refuse(VakifKatilimCodes.ORDER_STATUS)
                        : amount.isEmpty() || amount.get().compareTo(auth.amount()) != 0
                                ? Decision.refuse(VakifKatilimCodes.INVALID_AMOUNT)
                                : Decision.book(auth.amount(), LedgerType.VOID);
            case "PreAuthorizationReversal" ->
                !o.isPreAuthorization() || !o.voidable() || !"1".equals(d.get("PaymentType"))
                        ? Decision.refuse(VakifKatilimCodes.ORDER_STATUS)
                        : Decision.book(o.captured().signum() > 0 ? o.captured() : auth.amount(), LedgerType.VOID);
            case "DrawBack", "PreAuthorizationDrawBack" ->
                o.isPreAuthorization() != operation.startsWith("PreAuthorization")
                                || o.authorizationInOpenBatch()
                                || o.voided()
                                || o.refunded().signum() != 0
                                || o.captured().signum() == 0
                        ? Decision.refuse(VakifKatilimCodes.ORDER_STATUS)
                        : Decision.book(o.captured(), LedgerType.REFUND);
            case "PartialDrawBack" ->
                o.authorizationInOpenBatch() || o.voided() || o.refundable().signum() == 0
                        ? Decision.refuse(VakifKatilimCodes.ORDER_STATUS)
                        : amount.isEmpty() || amount.get().compareTo(o.refundable()) > 0
                                ? Decision.refuse(VakifKatilimCodes.INVALID_AMOUNT)
                                : Decision.book(amount.get(), LedgerType.REFUND);
            default -> Decision.refuse(VakifKatilimCodes.INVALID_REQUEST);
        };
        if (decision.refusal() != null) {
            return VakifKatilimBooks.refusal(decision.refusal(), orderId);
        }
        VakifKatilimBooks.Booked booked = books.followUp(auth, decision.amount(), decision.type());
        return books.answer(
                booked, m, "5", VakifKatilimCodes.message(VakifKatilimCodes.APPROVED), VakifKatilimOutcomes.Fault.NONE);
    }

    private record Decision(String refusal, BigDecimal amount, LedgerType type) {
        static Decision refuse(String code) {
            return new Decision(code, null, null);
        }

        static Decision book(BigDecimal amount, LedgerType type) {
            return new Decision(null, amount, type);
        }
    }
}
