package dev.vpos.txlog.infrastructure;

import dev.vpos.txlog.domain.BankInteraction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The bank_interaction rows as entities (append-only); joins the caller's transaction. */
@ApplicationScoped
public class BankInteractionRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Inserts at once (flush), so the row's id is known. */
    public void add(BankInteraction row) {
        em.persist(row);
        em.flush();
    }

    /** Every interaction of one collection, oldest first. */
    public List<BankInteraction> ofCollection(long collectionId) {
        return em.createQuery(
                        "select i from BankInteraction i where i.collectionId = :c order by i.occurredAt, i.id",
                        BankInteraction.class)
                .setParameter("c", collectionId)
                .getResultList();
    }
}
