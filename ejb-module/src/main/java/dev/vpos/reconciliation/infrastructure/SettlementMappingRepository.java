package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.domain.SettlementMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The settlement_mapping table (a bank's file layout); joins the caller's transaction. */
@ApplicationScoped
public class SettlementMappingRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** The mapping, or null. */
    public SettlementMapping find(long id) {
        return em.find(SettlementMapping.class, id);
    }

    /** Inserts at once (flush), so its id is known. */
    public void addNow(SettlementMapping m) {
        em.persist(m);
        em.flush();
    }

    /** Writes what the transaction changed so far (an edit's version check happens here). */
    public void flush() {
        em.flush();
    }

    /** Ids of mappings with this code, in any case. */
    public List<Long> idsWithCode(String code) {
        return em.createQuery("select m.id from SettlementMapping m where upper(m.code) = upper(:c)", Long.class)
                .setParameter("c", code)
                .getResultList();
    }

    /** Every mapping, by code. */
    public List<SettlementMapping> byCode() {
        return em.createQuery("select m from SettlementMapping m order by m.code", SettlementMapping.class)
                .getResultList();
    }

    /** Every mapping, by id. */
    public List<SettlementMapping> byId() {
        return em.createQuery("select m from SettlementMapping m order by m.id", SettlementMapping.class)
                .getResultList();
    }
}
