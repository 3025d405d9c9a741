package dev.vpos.definitions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What other contexts' records say about a definition (reads only): whether anything keeps it, and its last approval.
 * Joins the caller's transaction.
 */
@ApplicationScoped
public class DefinitionUsageQueries {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /**
     * The records that keep the definition: its collections, and every other record with its id (a batch keyed in by
     * hand, a reconciliation day, a provider's notification, a saved card).
     */
    public long uses(long definitionId) {
        long used = em.createQuery("select count(c) from Collection c where c.definitionId = :id", Long.class)
                .setParameter("id", definitionId)
                .getSingleResult();
        for (String table : List.of("card_batch", "reconciliation_day", "provider_notification", "saved_card")) {
            used += ((Number) em.createNativeQuery("select count(*) from " + table + " where definition_id = ?1")
                            .setParameter(1, definitionId)
                            .getSingleResult())
                    .longValue();
        }
        return used;
    }

    /** The time of the last batch record (an approval) on the definition; null when there is none. */
    public OffsetDateTime lastApproval(long definitionId) {
        return em.createQuery(
                        "select max(b.transactionTime) from CardBatch b where b.definitionId = :id",
                        OffsetDateTime.class)
                .setParameter("id", definitionId)
                .getSingleResult();
    }
}
