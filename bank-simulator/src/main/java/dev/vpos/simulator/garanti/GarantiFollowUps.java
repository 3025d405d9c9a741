package dev.vpos.simulator.garanti;

import static dev.vpos.simulator.garanti.GarantiRequestChecks.CAPTURE_NOT_VALID;
import static dev.vpos.simulator.garanti.GarantiRequestChecks.ORDER_NOT_FOUND;
import static dev.vpos.simulator.garanti.GarantiRequestChecks.REFUND_NOT_VALID;
import static dev.vpos.simulator.garanti.GarantiRequestChecks.VOID_NOT_VALID;

import dev.vpos.simulator.garanti.GarantiMerchants.Merchant;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * Garanti's rules for follow-ups, judged against the ledger and booked in one step (under the ledger's lock, so two
 * refunds cannot both take the last lira):
 * <ul>
 *   <li>postauth: a pre-authorisation not yet captured or voided, for at most its amount (partial allowed, once);</li>
 *   <li>void: the whole order, while its authorisation's batch is open (before day end) and nothing was refunded;</li>
 *   <li>refund: only once every capture is in a closed batch (the same day a void is required — Garanti refuses a
 *       refund of an open-batch transaction with 0208), for at most what is still refundable; partial allowed.</li>
 * </ul>
 * {@code OriginalRetrefNum}, when sent, must be the RRN of one of the order's approved transactions.
 */
final class GarantiFollowUps {

    /** Codes drawn for an approved follow-up. */
    record Codes(String retrefNum, String authCode, String sequenceNum, OffsetDateTime at) {}

    record Outcome(
            GarantiVerdict verdict,
            String retrefNum,
            String authCode,
            String sequenceNum,
            String maskedPan,
            int batch) {

        static Outcome refused(String reason, String message) {
            return new Outcome(GarantiVerdict.gvpsError(reason, message), "", "", "", "", 0);
        }
    }

    private final Ledger ledger;

    GarantiFollowUps(Ledger ledger) {
        this.ledger = ledger;
    }

    Outcome judgeAndBook(GvpsMessage r, Merchant m, Supplier<Codes> codes) {
        synchronized (ledger) {
            LedgerOrder order = ledger.order(GarantiBank.FAMILY, m.terminalId(), r.orderId());
            if (!order.exists()) {
                return Outcome.refused(ORDER_NOT_FOUND, "İşlem bulunamadı");
            }
            LedgerEntry auth = order.authorization().orElseThrow();
            String retref = r.get("Transaction/OriginalRetrefNum");
            boolean knownRetref = retref.isEmpty()
                    || order.entries().stream().anyMatch(e -> e.isApproved() && retref.equals(e.hostRefNum()));
            BigDecimal amount = new BigDecimal(r.amount()).movePointLeft(2);
            return switch (r.type()) {
                case "postauth" -> {
                    if (!knownRetref
                            || !order.capturable()
                            || amount.compareTo(auth.amount()) > 0
                            || !auth.currency().equals(r.currency())) {
                        yield Outcome.refused(
                                CAPTURE_NOT_VALID,
                                "Kapatmak istediğiniz ön otorizasyon geçerli değil / Pre-authorisation cannot be captured");
                    }
                    yield book(order, auth, LedgerType.POST_AUTH, amount, codes.get(), true);
                }
                case "void" -> {
                    if (!knownRetref || !order.voidable()) {
                        yield Outcome.refused(
                                VOID_NOT_VALID,
                                "İptal etmek istediğiniz işlem geçerli değil (gün sonu alınmış ya da iade edilmiş)");
                    }
                    BigDecimal voided = order.captured().signum() > 0 ? order.captured() : auth.amount();
                    yield book(order, auth, LedgerType.VOID, voided, codes.get(), false);
                }
                default -> {
                    boolean capturesSettled = order.entries().stream()
                            .filter(e ->
                                    e.isApproved() && (e.type() == LedgerType.SALE || e.type() == LedgerType.POST_AUTH))
                            .noneMatch(ledger::inOpenBatch);
                    if (!knownRetref
                            || !capturesSettled
                            || amount.compareTo(order.refundable()) > 0
                            || !auth.currency().equals(r.currency())) {
                        yield Outcome.refused(REFUND_NOT_VALID, "İade etmek istediğiniz işlem geçerli değil");
                    }
                    yield book(order, auth, LedgerType.REFUND, amount, codes.get(), true);
                }
            };
        }
    }

    private Outcome book(
            LedgerOrder order, LedgerEntry auth, LedgerType type, BigDecimal amount, Codes c, boolean newAuthCode) {
        String authCode = newAuthCode ? c.authCode() : auth.authCode();
        int batch = ledger.openBatch(GarantiBank.FAMILY);
        ledger.record(new LedgerEntry(
                GarantiBank.FAMILY,
                auth.clientId(),
                auth.orderId(),
                amount,
                auth.currency(),
                auth.installments(),
                auth.maskedPan(),
                LedgerEntry.APPROVED,
                authCode,
                c.retrefNum(),
                "",
                Integer.toString(batch),
                c.at(),
                type));
        return new Outcome(
                GarantiVerdict.approved(), c.retrefNum(), authCode, c.sequenceNum(), auth.maskedPan(), batch);
    }
}
