package dev.vpos.simulator.ledger;

import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One sale a simulated bank answered (approved or declined). The card is held masked only (first 6 + last 4);
 * no CVV, password or full card number ever reaches the ledger.
 *
 * @param family       the bank family that answered, e.g. {@code EST}
 * @param resultCode   the bank's result code, e.g. {@code 00}, {@code 51}
 * @param installments 1 for a single payment
 */
public record LedgerEntry(String family, String clientId, String orderId, BigDecimal amount, String currency,
                          int installments, String maskedPan, String resultCode, String authCode, String hostRefNum,
                          String transId, String settleId, OffsetDateTime timestamp) {

    public static final String APPROVED = "00";

    @JsonbTransient
    public boolean isApproved() {
        return APPROVED.equals(resultCode);
    }
}
