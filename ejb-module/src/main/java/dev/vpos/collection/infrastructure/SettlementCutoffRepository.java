package dev.vpos.collection.infrastructure;

import dev.vpos.collection.domain.SettlementCutoff;
import dev.vpos.gateway.domain.GatewayFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The settlement_cutoff table (a family's day-end cut-off); joins the caller's transaction. */
@ApplicationScoped
public class SettlementCutoffRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public Optional<SettlementCutoff> find(GatewayFamily family) {
        return Optional.ofNullable(em.find(SettlementCutoff.class, family));
    }

    /** The family's row under its lock, or null when there is none. */
    public SettlementCutoff lock(GatewayFamily family) {
        return em.find(SettlementCutoff.class, family, LockModeType.PESSIMISTIC_WRITE);
    }

    public void add(SettlementCutoff cutoff) {
        em.persist(cutoff);
    }

    /** Every family's row, by family. */
    public List<SettlementCutoff> all() {
        return em.createQuery("select s from SettlementCutoff s order by s.family", SettlementCutoff.class)
                .getResultList();
    }
}
