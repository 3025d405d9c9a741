package dev.vpos.simulator.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What one merchant's order at one bank family amounts to, computed from its ledger entries: the authorisation,
 * what was captured, refunded or voided, and whether the authorisation's batch is still open (void allowed) or closed
 * by the day end (refund only). Families use it to approve or refuse follow-ups the way a bank does.
 *
 * @param entries newest first
 */
public record LedgerOrder(
        List<LedgerEntry> entries,
        Optional<LedgerEntry> authorization,
        BigDecimal captured,
        BigDecimal refunded,
        boolean voided,
        boolean authorizationInOpenBatch) {

    static LedgerOrder of(List<LedgerEntry> newestFirst, boolean authorizationInOpenBatch) {
        Optional<LedgerEntry> authorization = newestFirst.stream()
                .filter(LedgerEntry::isApprovedAuthorization)
                .reduce((newer, older) -> older);
        BigDecimal captured = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        boolean voided = false;
        for (LedgerEntry e : newestFirst) {
            if (!e.isApproved()) {
                continue;
            }
            switch (e.type()) {
                case SALE, POST_AUTH -> captured = captured.add(e.amount());
                case REFUND -> refunded = refunded.add(e.amount());
                case VOID -> voided = true;
                default -> {}
            }
        }
        return new LedgerOrder(
                List.copyOf(newestFirst), authorization, captured, refunded, voided, authorizationInOpenBatch);
    }

    public boolean exists() {
        return authorization.isPresent();
    }

    public boolean isPreAuthorization() {
        return authorization.map(a -> a.type() == LedgerType.PRE_AUTH).orElse(false);
    }

    /** A pre-authorisation not yet captured or voided. */
    public boolean capturable() {
        return isPreAuthorization() && !voided && captured.signum() == 0;
    }

    /** What may still be refunded: captured minus refunded, zero once voided. */
    public BigDecimal refundable() {
        return voided ? BigDecimal.ZERO : captured.subtract(refunded);
    }

    /** A void is possible while the authorisation's batch is open and nothing was refunded. */
    public boolean voidable() {
        return exists() && !voided && authorizationInOpenBatch && refunded.signum() == 0;
    }
}
