package dev.vpos.simulator.tosla;

import dev.vpos.simulator.tosla.ToslaMerchants.Merchant;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One 3-D session the API registered ({@code threeDPayment} / {@code threeDPreAuth}): what is to be paid and where the
 * payer goes back, and how far the payer got. The card itself is never kept: only its masked number and the answer
 * the host will give it (decided when the card is entered).
 */
final class ToslaSession {

    enum Stage {
        REGISTERED,
        CARD_ENTERED,
        FAILED,
        COMPLETED
    }

    final String id;
    final Merchant merchant;
    final String orderId;
    final boolean preAuth;
    final BigDecimal amount;
    final long minorUnits;
    final String currency;
    final int installmentCount;
    final String callbackUrl;
    final Instant created;
    private Stage stage = Stage.REGISTERED;
    private String maskedPan = "";
    private String hostCode = "";
    private boolean enrolled = true;
    private String bankCode = "";

    ToslaSession(
            String id,
            Merchant merchant,
            String orderId,
            boolean preAuth,
            BigDecimal amount,
            long minorUnits,
            String currency,
            int installmentCount,
            String callbackUrl,
            Instant created) {
        this.id = id;
        this.merchant = merchant;
        this.orderId = orderId;
        this.preAuth = preAuth;
        this.amount = amount;
        this.minorUnits = minorUnits;
        this.currency = currency;
        this.installmentCount = installmentCount;
        this.callbackUrl = callbackUrl;
        this.created = created;
    }

    synchronized Stage stage() {
        return stage;
    }

    /** The card was entered: from REGISTERED only. */
    synchronized boolean cardEntered(String maskedPan, String hostCode, boolean enrolled) {
        if (stage != Stage.REGISTERED) {
            return false;
        }
        this.maskedPan = maskedPan;
        this.hostCode = hostCode;
        this.enrolled = enrolled;
        stage = Stage.CARD_ENTERED;
        return true;
    }

    /** The ACS answered: from CARD_ENTERED only, once. */
    synchronized boolean ended(Stage end, String bankCode) {
        if (stage != Stage.CARD_ENTERED) {
            return false;
        }
        stage = end;
        this.bankCode = bankCode;
        return true;
    }

    synchronized String maskedPan() {
        return maskedPan;
    }

    synchronized String hostCode() {
        return hostCode;
    }

    synchronized boolean enrolled() {
        return enrolled;
    }

    /** What the failed or completed session answered (MD:0, 51, 00, ...); empty before. */
    synchronized String bankCode() {
        return bankCode;
    }

    String transactionType() {
        return preAuth ? "2" : "1";
    }
}
