package dev.vpos.batches.application;

import dev.vpos.batches.domain.BatchFacts;
import dev.vpos.batches.domain.CardBatch;
import dev.vpos.batches.domain.Settlement;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.Money;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;

/** Creates and lists credit-card batch records. */
@ApplicationScoped
public class BatchService {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

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
        em.persist(batch);
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
        em.persist(batch);
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
        em.persist(batch);
        em.flush();
        dayChanged(batch);
        return batch;
    }

    /**
     * Removes a record entered by hand (a reconciliation reopening the line it was entered from); the caller has
     * checked nothing else refers to it. Joins the caller's transaction. False when there is no such record.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public boolean removeManual(long id) {
        CardBatch batch = em.find(CardBatch.class, id);
        if (batch == null) {
            return false;
        }
        em.remove(batch);
        dayChanged(batch);
        return true;
    }

    /**
     * The record's day is dirty for the listing's day totals (V65): in this transaction, so the listing sums that
     * day from card_batch until the compaction has recomputed it. An appended row: no lock another sale waits for.
     */
    private void dayChanged(CardBatch batch) {
        em.createNativeQuery(BatchDayTotals.MARK)
                .setParameter(1, java.sql.Date.valueOf(BatchDayTotals.day(batch.getTransactionTime())))
                .executeUpdate();
    }

    /** A void: the collection's sale record will never settle at the bank. Joins the caller's transaction. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public int markVoided(long collectionId) {
        var rows = em.createQuery(
                        "select b from CardBatch b where b.collectionId = :c and b.kind = 'SALE'", CardBatch.class)
                .setParameter("c", collectionId)
                .getResultList();
        rows.forEach(CardBatch::markVoided);
        return rows.size();
    }

    /**
     * Day-end reconciliation's verdict on one record (MATCHED, DIFFERENCE, EXPLAINED, ...), written for the
     * reconciliation context in its transaction (one column, without loading the record).
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
    public void markReconciliation(long batchId, String status) {
        em.createNativeQuery("update card_batch set reconciliation_status = ?1 where id = ?2")
                .setParameter(1, status)
                .setParameter(2, batchId)
                .executeUpdate();
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public java.util.List<CardBatch> ofCollection(long collectionId) {
        return em.createQuery("select b from CardBatch b where b.collectionId = :c order by b.id", CardBatch.class)
                .setParameter("c", collectionId)
                .getResultList();
    }

    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = BusinessException.class)
    public Page<CardBatch> page(Long companyId, int page, int size) {
        String where = companyId == null ? "" : " where b.companyId = :companyId";
        var query = em.createQuery(
                "select b from CardBatch b" + where + " order by b.transactionTime desc, b.id desc", CardBatch.class);
        var count = em.createQuery("select count(b) from CardBatch b" + where, Long.class);
        if (companyId != null) {
            query.setParameter("companyId", companyId);
            count.setParameter("companyId", companyId);
        }
        return new Page<>(
                query.setFirstResult(Page.firstResult(page, size))
                        .setMaxResults(size)
                        .getResultList(),
                page,
                size,
                count.getSingleResult());
    }
}
