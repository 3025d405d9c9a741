package dev.vpos.definitions.application;

import dev.vpos.shared.domain.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * The "test approval before live" safeguard: the first approved collection through a TEST definition is what lets an
 * admin enable it in LIVE. The collection context reports each approval here, in the transaction that records it.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = BusinessException.class)
public class TestApprovals {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /**
     * Notes the first approval of a TEST definition. Native SQL on purpose: a JPQL bulk update would bump the
     * definition's version and make an admin's open edit look stale; once set, the row no longer matches, so later
     * approvals neither write nor lock it.
     */
    public void approvedThrough(long definitionId, OffsetDateTime at) {
        em.createNativeQuery("update vpos_definition set test_approved_at = ?1"
                        + " where id = ?2 and test_approved_at is null and environment = 'TEST'")
                .setParameter(1, at)
                .setParameter(2, definitionId)
                .executeUpdate();
    }
}
