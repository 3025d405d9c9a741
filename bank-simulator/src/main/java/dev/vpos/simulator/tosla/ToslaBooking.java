package dev.vpos.simulator.tosla;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The Tosla family's view of the shared {@link Ledger} (family {@value #FAMILY}, merchants by client id) and its
 * bank-shaped identifiers: a 16-digit TransactionId per transaction, a 6-digit AuthCode, a 12-digit host reference.
 */
final class ToslaBooking {

    static final String FAMILY = "TOSLA";

    private final Ledger ledger;
    private final Clock clock;
    private final RandomGenerator random;
    private final AtomicLong transactions;

    ToslaBooking(Ledger ledger, Clock clock, RandomGenerator random) {
        this.ledger = ledger;
        this.clock = clock;
        this.random = random;
        this.transactions = new AtomicLong(2_000_000_000_000_000L + random.nextInt(1_000_000) * 1000L);
    }

    /** One transaction as the bank answered it. */
    record Booking(
            String clientId,
            String orderId,
            BigDecimal amount,
            String currency,
            int installments,
            String maskedPan,
            String code,
            LedgerType type) {}

    /**
     * Records it in the open batch with fresh identifiers (auth code and host reference only when approved); null when
     * it is a second approval of the same order (nothing recorded).
     */
    LedgerEntry book(Booking b) {
        boolean approved = LedgerEntry.APPROVED.equals(b.code());
        LedgerEntry entry = new LedgerEntry(
                FAMILY,
                b.clientId(),
                b.orderId(),
                b.amount(),
                b.currency(),
                b.installments(),
                b.maskedPan(),
                b.code(),
                approved ? String.format("%06d", random.nextInt(1_000_000)) : "",
                approved ? String.format("%012d", random.nextLong(1_000_000_000_000L)) : "",
                Long.toString(transactions.incrementAndGet()),
                Integer.toString(ledger.openBatch(FAMILY)),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                b.type());
        return ledger.record(entry) ? entry : null;
    }

    boolean hasApproved(String clientId, String orderId) {
        return ledger.hasApproved(FAMILY, clientId, orderId);
    }

    LedgerOrder order(String clientId, String orderId) {
        return ledger.order(FAMILY, clientId, orderId);
    }

    /** Newest first. */
    List<LedgerEntry> entries(String clientId, String orderId) {
        return ledger.entriesOf(FAMILY, clientId, orderId);
    }
}
