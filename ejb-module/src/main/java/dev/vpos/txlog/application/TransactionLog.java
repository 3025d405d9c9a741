package dev.vpos.txlog.application;

import dev.vpos.shared.application.Page;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import dev.vpos.txlog.domain.BankInteraction;
import dev.vpos.txlog.domain.InteractionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The return-code log: written in its own transaction so a row survives whatever happens after it. */
@ApplicationScoped
public class TransactionLog {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long record(InteractionRecord interaction) {
        BankInteraction row = new BankInteraction(interaction, OffsetDateTimes.now(clock));
        em.persist(row);
        em.flush();
        return row.getId();
    }

    /** Every interaction of one collection with its bank, oldest first. */
    @Transactional(Transactional.TxType.REQUIRED)
    public java.util.List<BankInteraction> ofCollection(long collectionId) {
        return em.createQuery("select i from BankInteraction i where i.collectionId = :c order by i.occurredAt, i.id",
                BankInteraction.class).setParameter("c", collectionId).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Page<BankInteraction> page(Long collectionId, int page, int size) {
        String where = collectionId == null ? "" : " where i.collectionId = :collectionId";
        var query = em.createQuery("select i from BankInteraction i" + where + " order by i.occurredAt desc, i.id desc",
                BankInteraction.class);
        var count = em.createQuery("select count(i) from BankInteraction i" + where, Long.class);
        if (collectionId != null) {
            query.setParameter("collectionId", collectionId);
            count.setParameter("collectionId", collectionId);
        }
        return new Page<>(query.setFirstResult(Page.firstResult(page, size)).setMaxResults(size).getResultList(),
                page, size, count.getSingleResult());
    }
}
