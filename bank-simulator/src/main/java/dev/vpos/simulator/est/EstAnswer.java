package dev.vpos.simulator.est;

import java.time.LocalDateTime;

/**
 * Everything a {@code CC5Response} carries. As at the real gateway, an {@code Error} answer has no order id, group id,
 * host reference or settlement id, but does have a TransId; a decline has a HostRefNum and TransId but no AuthCode.
 */
public record EstAnswer(
        String orderId,
        EstVerdict verdict,
        String authCode,
        String hostRefNum,
        String transId,
        String settleId,
        LocalDateTime time,
        String cardBrand) {

    static EstAnswer error(EstVerdict verdict, String transId, LocalDateTime time, String cardBrand) {
        return new EstAnswer("", verdict, "", "", transId, "", time, cardBrand);
    }
}
