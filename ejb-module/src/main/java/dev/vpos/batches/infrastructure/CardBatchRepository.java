package dev.vpos.batches.infrastructure;

import dev.vpos.batches.application.BatchDayTotals;
import dev.vpos.batches.domain.CardBatch;
import dev.vpos.shared.application.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The card_batch table (and the day-totals' dirty marks its writes append); joins the caller's transaction. */
@ApplicationScoped
public class CardBatchRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public void add(CardBatch batch) {
        em.persist(batch);
    }

    /** Inserts at once (flush), so the record's id is known to the caller. */
    public void addNow(CardBatch batch) {
        em.persist(batch);
        em.flush();
    }

    public Optional<CardBatch> find(long id) {
        return Optional.ofNullable(em.find(CardBatch.class, id));
    }

    public void remove(CardBatch batch) {
        em.remove(batch);
    }

    /** Appends the day's dirty mark for the listing's day totals (V65): an appended row, no lock to wait for. */
    public void markDayDirty(LocalDate day) {
        em.createNativeQuery(BatchDayTotals.MARK)
                .setParameter(1, java.sql.Date.valueOf(day))
                .executeUpdate();
    }

    /**
     * Appends the dirty mark of a record added or removed: its day for the day totals (V65) and its customer account
     * for the customer totals (V230).
     */
    public void markRecordDirty(LocalDate day, long customerAccountId) {
        em.createNativeQuery(BatchDayTotals.MARK_WITH_CUSTOMER)
                .setParameter(1, java.sql.Date.valueOf(day))
                .setParameter(2, customerAccountId)
                .executeUpdate();
    }

    /** Sets one column without loading the record, and marks its day for the totals by status (V75) if it changed. */
    public void setReconciliationStatus(long batchId, String status) {
        int changed = em.createNativeQuery(
                        "update card_batch set reconciliation_status = ?1 where id = ?2 and reconciliation_status <> ?1")
                .setParameter(1, status)
                .setParameter(2, batchId)
                .executeUpdate();
        if (changed > 0) {
            em.createNativeQuery(BatchDayTotals.MARK_RECORD)
                    .setParameter(1, batchId)
                    .executeUpdate();
        }
    }

    /** The collection's records by id. */
    public List<CardBatch> ofCollection(long collectionId) {
        return em.createQuery("select b from CardBatch b where b.collectionId = :c order by b.id", CardBatch.class)
                .setParameter("c", collectionId)
                .getResultList();
    }

    /** A page of records, newest first, optionally of one company. */
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
