package dev.vpos.simulator.payfor;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.payfor.PayForBooking.Booking;
import dev.vpos.simulator.payfor.PayForMerchants.Merchant;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A sale ({@code Auth}) or pre-authorisation ({@code PreAuth}) that passed the format checks, from the API, from a
 * 3-D provision or from the 3-D Pay gate. {@link #toString()} masks the card and omits the CVV.
 */
record PayForAuthorization(
        Merchant merchant,
        String orderId,
        String txnType,
        BigDecimal amount,
        String currency,
        String installmentCount,
        String pan,
        String expiry,
        String holderName) {

    static final String SALE = "Auth";
    static final String PRE_AUTH = "PreAuth";

    LedgerType ledgerType() {
        return PRE_AUTH.equals(txnType) ? LedgerType.PRE_AUTH : LedgerType.SALE;
    }

    int installments() {
        int n = Integer.parseInt(installmentCount);
        return n <= 1 ? 1 : n;
    }

    /**
     * Asks the host (the outcome table) and records the answer; an order the merchant already had approved is
     * refused with {@code duplicateCode} and not recorded.
     */
    PayForAnswer authorize(
            PayForOutcomes outcomes, PayForBooking booking, PayForIdentifiers ids, String duplicateCode) {
        if (booking.hasApproved(merchant, orderId)) {
            return PayForAnswer.refused(duplicateCode, orderId);
        }
        String code = outcomes.code(pan, expiry, amount);
        boolean approved = PayForCodes.APPROVED.equals(code);
        String authCode = approved ? ids.authCode() : "";
        String hostRefNum = ids.hostRefNum();
        if (!booking.book(new Booking(
                merchant,
                orderId,
                amount,
                currency,
                installments(),
                CardNumbers.mask(pan),
                code,
                authCode,
                hostRefNum,
                orderId,
                ledgerType()))) {
            return PayForAnswer.refused(duplicateCode, orderId);
        }
        return PayForAnswer.payment(
                code,
                authCode,
                hostRefNum,
                orderId,
                Optional.ofNullable(holderName).orElse(""));
    }

    @Override
    public String toString() {
        return "PayForAuthorization[" + merchant.merchantId() + " " + txnType + " order=" + orderId + " amount="
                + amount + " card=" + CardNumbers.mask(pan) + "]";
    }
}
