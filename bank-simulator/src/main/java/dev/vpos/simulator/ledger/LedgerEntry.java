package dev.vpos.simulator.ledger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One transaction the simulated bank answered, approved or not. The card is kept masked only. */
public record LedgerEntry(String family, String clientId, String orderId, String type, BigDecimal amount,
                          String currency, int installments, String maskedPan, String procReturnCode,
                          String authCode, String hostRefNum, String transId, String settleId, OffsetDateTime time) {

    public boolean approved() {
        return "00".equals(procReturnCode);
    }
}
