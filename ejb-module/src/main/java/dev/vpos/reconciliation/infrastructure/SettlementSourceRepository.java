package dev.vpos.reconciliation.infrastructure;

import dev.vpos.reconciliation.domain.SettlementSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/** The settlement_source table (a definition's SFTP drop box and its fetch schedule); joins the caller's transaction. */
@ApplicationScoped
public class SettlementSourceRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** The source of the definition, or null. */
    public SettlementSource find(long definitionId) {
        return em.find(SettlementSource.class, definitionId);
    }

    public void addNow(SettlementSource s) {
        em.persist(s);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** Enabled sources whose time has come and that no node is fetching now (or whose claim ran out). */
    public List<Long> due(OffsetDateTime now, int max) {
        return em.createQuery(
                        "select s.definitionId from SettlementSource s where s.enabled = true"
                                + " and s.nextFetchAt is not null and s.nextFetchAt <= :now"
                                + " and (s.claimedUntil is null or s.claimedUntil < :now) order by s.nextFetchAt",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Claims the source for {@code holder} until {@code until} when nobody holds it (or the claim ran out): one
     * conditional UPDATE, so two nodes never fetch the same drop box at once.
     */
    public boolean claim(long definitionId, String holder, OffsetDateTime until, OffsetDateTime now) {
        return em.createQuery("update SettlementSource s set s.claimedBy = :holder, s.claimedUntil = :until"
                                + " where s.definitionId = :id and (s.claimedUntil is null or s.claimedUntil < :now)")
                        .setParameter("holder", holder)
                        .setParameter("until", until)
                        .setParameter("id", definitionId)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /**
     * The end of a run: failures in a row, the next fetch, the claim given back. A bulk update, so that the job's
     * bookkeeping never bumps the version an admin is editing.
     */
    public void ran(long definitionId, int failures, OffsetDateTime next) {
        em.createQuery("update SettlementSource s set s.failures = :f, s.nextFetchAt = :n, s.claimedBy = null,"
                        + " s.claimedUntil = null where s.definitionId = :id")
                .setParameter("f", failures)
                .setParameter("n", next)
                .setParameter("id", definitionId)
                .executeUpdate();
    }

    /** Trust on first use: the host key met at the first connection, kept only while none is known. */
    public void recordHostKeyIfNone(long definitionId, String openSshKey, OffsetDateTime now) {
        em.createQuery("update SettlementSource s set s.hostKey = :k, s.hostKeyRecorded = :t"
                        + " where s.definitionId = :id and s.hostKey is null")
                .setParameter("k", openSshKey)
                .setParameter("t", now)
                .setParameter("id", definitionId)
                .executeUpdate();
    }

    /** Every source with a sealed value (the master-key rotation). */
    public List<SettlementSource> withSecrets() {
        return em.createQuery(
                        "select s from SettlementSource s where s.passwordSealed is not null"
                                + " or s.privateKeySealed is not null order by s.definitionId",
                        SettlementSource.class)
                .getResultList();
    }
}
