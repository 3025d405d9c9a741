package dev.vpos.txlog.infrastructure;

import dev.vpos.shared.application.Page;
import dev.vpos.txlog.domain.PruningRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Pruning's SQL on bank_interaction (what may go: not evidence for an open collection) and the log_pruning_run rows;
 * joins the caller's transaction (the use case gives each chunk its own).
 */
@ApplicationScoped
public class PruningRepository {

    /** The rows of a company older than the cutoff that may go (not evidence for an open collection). */
    private static final String PRUNABLE = " from bank_interaction i where i.company_id = ?1 and i.occurred_at < ?2"
            + " and not exists (select 1 from collection c where c.id = i.collection_id"
            + " and (c.state in ('INITIATED', 'PENDING_3DS', 'UNKNOWN') or c.needs_attention = true))"
            + " and not exists (select 1 from collection_operation o where o.collection_id = i.collection_id"
            + " and o.state in ('INITIATED', 'UNKNOWN'))";

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Deletes up to {@code limit} prunable rows of the company; answers how many went. */
    public int deletePrunable(long companyId, OffsetDateTime cutoff, int limit) {
        return em.createNativeQuery("delete from bank_interaction where id in (select i.id" + PRUNABLE + " limit "
                        + Math.max(1, limit) + ")")
                .setParameter(1, companyId)
                .setParameter(2, cutoff)
                .executeUpdate();
    }

    /** The company's rows older than the cutoff that are still there. */
    public long countOlder(long companyId, OffsetDateTime cutoff) {
        return ((Number) em.createNativeQuery("select count(*) from bank_interaction i where i.company_id = ?1"
                                + " and i.occurred_at < ?2")
                        .setParameter(1, companyId)
                        .setParameter(2, cutoff)
                        .getSingleResult())
                .longValue();
    }

    public void add(PruningRun run) {
        em.persist(run);
    }

    /** The pruning runs, newest first, of one company or all, within {@code scope} (null: every company). */
    public Page<PruningRun> runs(Long companyId, List<Long> scope, int page, int size) {
        String where = companyId == null ? " where 1 = 1" : " where r.companyId = :company";
        if (scope != null) {
            where += scope.isEmpty() ? " and 1 = 0" : " and r.companyId in :scope";
        }
        var query = em.createQuery(
                "select r from PruningRun r" + where + " order by r.finishedAt desc, r.id desc", PruningRun.class);
        var count = em.createQuery("select count(r) from PruningRun r" + where, Long.class);
        if (companyId != null) {
            query.setParameter("company", companyId);
            count.setParameter("company", companyId);
        }
        if (scope != null && !scope.isEmpty()) {
            query.setParameter("scope", scope);
            count.setParameter("scope", scope);
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
