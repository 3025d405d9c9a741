package dev.vpos.simulator.ledger;

import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One transaction a simulated bank answered (approved or declined). The card is held masked only (first 6 + last
 * 4); no CVV, password or full card number ever reaches the ledger.
 *
 * @param family       the bank family that answered, e.g. {@code EST}
 * @param clientId     the merchant (client id, merchant id, terminal) the family keys orders by
 * @param orderId      the merchant's order id; follow-ups (capture, void, refund) carry the original order's id
 * @param amount       the amount of this transaction (a partial refund's own amount)
 * @param resultCode   the bank's result code in the ledger's terms: {@code 00} approved, anything else declined
 * @param installments 1 for a single payment
 * @param type         what the transaction was, see {@link LedgerType}
 */
public record LedgerEntry(
        String family,
        String clientId,
        String orderId,
        BigDecimal amount,
        String currency,
        int installments,
        String maskedPan,
        String resultCode,
        String authCode,
        String hostRefNum,
        String transId,
        String settleId,
        OffsetDateTime timestamp,
        LedgerType type) {

    public static final String APPROVED = "00";

    public LedgerEntry {
        type = type == null ? LedgerType.SALE : type;
    }

    /** A sale (the only type the first simulator version recorded). */
    public LedgerEntry(
            String family,
            String clientId,
            String orderId,
            BigDecimal amount,
            String currency,
            int installments,
            String maskedPan,
            String resultCode,
            String authCode,
            String hostRefNum,
            String transId,
            String settleId,
            OffsetDateTime timestamp) {
        this(
                family,
                clientId,
                orderId,
                amount,
                currency,
                installments,
                maskedPan,
                resultCode,
                authCode,
                hostRefNum,
                transId,
                settleId,
                timestamp,
                LedgerType.SALE);
    }

    @JsonbTransient
    public boolean isApproved() {
        return APPROVED.equals(resultCode);
    }

    /** An approved sale or pre-authorisation: the bank will not approve the same order id again. */
    @JsonbTransient
    public boolean isApprovedAuthorization() {
        return isApproved() && type.isAuthorization();
    }
}
