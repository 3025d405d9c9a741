package dev.vpos.reconciliation.infrastructure;

import dev.vpos.batches.domain.CardBatch;
import dev.vpos.definitions.domain.VposDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads of the records a reconciliation refers to but does not own: definitions and batch records (their contexts
 * change them). Joins the caller's transaction; without one the entity comes back detached.
 */
@ApplicationScoped
public class ReconciledRecordQueries {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** The definition, or null. */
    public VposDefinition definition(long id) {
        return em.find(VposDefinition.class, id);
    }

    /** Every definition, by company and code. */
    public List<VposDefinition> definitions() {
        return em.createQuery("select d from VposDefinition d order by d.companyId, d.code", VposDefinition.class)
                .getResultList();
    }

    /** The batch record, or null. */
    public CardBatch batch(long id) {
        return em.find(CardBatch.class, id);
    }
}
