package dev.vpos.batches.application;

import dev.vpos.batches.domain.BatchFacts;
import dev.vpos.batches.domain.CardBatch;
import dev.vpos.batches.domain.Settlement;
import dev.vpos.batches.infrastructure.CardBatchRepository;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;

/** Creates and lists credit-card batch records. */
@ApplicationScoped
public class BatchService {

    @Inject
    CardBatchRepository batches;

    @Inject
    Clock clock;

    /** Joins the caller's transaction: the batch exists exactly when the approval is recorded. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public CardBatch create(BatchFacts facts, BigDecimal commissionRatePercent, BigDecimal fixedFee, int blockedDays) {
        Settlement settlement = Settlement.of(
                facts.gross(),
                commissionRatePercent,
                fixedFee,
                facts.transactionTime().atZoneSameInstant(clock.getZone()).toLocalDate(),
                blockedDays);
        CardBatch batch = new CardBatch(facts, settlement, OffsetDateTimes.now(clock));
        batches.add(batch);
        dayChanged(batch);
        return batch;
    }

    /**
     * A refund's batch record: negative gross, no commission of its own (banks do not give the commission back on
     * a refund in the demo contract), value date the refund's day. Joins the caller's transaction.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public CardBatch createRefund(BatchFacts facts) {
        Settlement settlement = new Settlement(
                Money.of(java.math.BigDecimal.ZERO, facts.gross().currencyCode()),
                facts.gross(),
                facts.transactionTime().atZoneSameInstant(clock.getZone()).toLocalDate());
        CardBatch batch = new CardBatch(facts, settlement, OffsetDateTimes.now(clock));
        batches.add(batch);
        dayChanged(batch);
        return batch;
    }

    /**
     * A record entered by hand with the bank's own settlement (commission, net, value date) — e.g. finance creating the
     * approval the ERP never recorded from the bank's statement line: source MANUAL, no collection, who entered it.
     * Joins the caller's transaction.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public CardBatch createManual(BatchFacts facts, Settlement settlement, String enteredBy) {
        CardBatch batch = new CardBatch(facts, settlement, OffsetDateTimes.now(clock));
        batch.enteredManuallyBy(enteredBy);
        batches.addNow(batch);
        dayChanged(batch);
        return batch;
    }

    /**
     * Removes a record entered by hand (a reconciliation reopening the line it was entered from); the caller has
     * checked nothing else refers to it. Joins the caller's transaction. False when there is no such record.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public boolean removeManual(long id) {
        CardBatch batch = batches.find(id).orElse(null);
        if (batch == null) {
            return false;
        }
        batches.remove(batch);
        dayChanged(batch);
        return true;
    }

    /**
     * The record's day and customer are dirty for the listing's day totals (V65) and customer totals (V230): in this
     * transaction, so the listing sums them from card_batch until the compaction has recomputed them. An appended row:
     * no lock another sale waits for.
     */
    private void dayChanged(CardBatch batch) {
        batches.markRecordDirty(BatchDayTotals.day(batch.getTransactionTime()), batch.getCustomerAccountId());
    }

    /**
     * A void: the collection's sale records will never settle at the bank, and every record of the collection carries
     * its new state (the listing's filter). Joins the caller's transaction.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public int markVoided(long collectionId, String collectionState) {
        var rows = batches.ofCollection(collectionId);
        int voided = 0;
        for (CardBatch row : rows) {
            if ("SALE".equals(row.getKind())) {
                row.markVoided();
                voided++;
            }
        }
        moved(rows, collectionState);
        return voided;
    }

    /**
     * The collection moved on (refunded, captured): every record of it carries its new state, and the days of those
     * that changed are marked dirty for the state totals. Joins the caller's transaction.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public void collectionMoved(long collectionId, String collectionState) {
        moved(batches.ofCollection(collectionId), collectionState);
    }

    private void moved(java.util.List<CardBatch> rows, String collectionState) {
        java.util.Set<java.time.LocalDate> days = new java.util.TreeSet<>();
        for (CardBatch row : rows) {
            if (row.collectionNowIn(collectionState)) {
                days.add(BatchDayTotals.day(row.getTransactionTime()));
            }
        }
        days.forEach(batches::markDayDirty);
    }

    /**
     * Day-end reconciliation's verdict on one record (MATCHED, DIFFERENCE, EXPLAINED, ...), written for the
     * reconciliation context in its transaction (one column, without loading the record).
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public void markReconciliation(long batchId, String status) {
        batches.setReconciliationStatus(batchId, status);
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public java.util.List<CardBatch> ofCollection(long collectionId) {
        return batches.ofCollection(collectionId);
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Page<CardBatch> page(Long companyId, int page, int size) {
        return batches.page(companyId, page, size);
    }
}
