package dev.vpos.simulator.payfor;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.payfor.PayForMerchants.Merchant;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The PayFor family's view of the shared {@link Ledger}: family {@value #FAMILY}, merchants as {@code MbrId_MerchantId}. */
final class PayForBooking {

    static final String FAMILY = "PAYFOR";

    private final Ledger ledger;
    private final Clock clock;

    PayForBooking(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** One transaction as the bank answered it. */
    record Booking(
            Merchant merchant,
            String orderId,
            BigDecimal amount,
            String currency,
            int installments,
            String maskedPan,
            String code,
            String authCode,
            String hostRefNum,
            String transId,
            LedgerType type) {}

    /** Records it in the open batch; false when it is a second approval of the same order (nothing recorded). */
    boolean book(Booking b) {
        return ledger.record(new LedgerEntry(
                FAMILY,
                b.merchant().ledgerClientId(),
                b.orderId(),
                b.amount(),
                b.currency(),
                b.installments(),
                b.maskedPan(),
                b.code(),
                b.authCode(),
                b.hostRefNum(),
                b.transId(),
                Integer.toString(ledger.openBatch(FAMILY)),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                b.type()));
    }

    boolean hasApproved(Merchant merchant, String orderId) {
        return ledger.hasApproved(FAMILY, merchant.ledgerClientId(), orderId);
    }

    LedgerOrder order(Merchant merchant, String orderId) {
        return ledger.order(FAMILY, merchant.ledgerClientId(), orderId);
    }

    /** Newest first. */
    List<LedgerEntry> entries(Merchant merchant, String orderId) {
        return ledger.entriesOf(FAMILY, merchant.ledgerClientId(), orderId);
    }

    /** Every entry of the merchant, newest first. */
    List<LedgerEntry> entries(Merchant merchant) {
        return ledger.newestFirst(java.util.Optional.empty()).stream()
                .filter(e -> e.family().equals(FAMILY) && e.clientId().equals(merchant.ledgerClientId()))
                .toList();
    }

    int openBatch() {
        return ledger.openBatch(FAMILY);
    }

    int batchOf(LedgerEntry entry) {
        return ledger.batchOf(entry);
    }
}
