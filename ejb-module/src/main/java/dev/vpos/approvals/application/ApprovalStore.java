package dev.vpos.approvals.application;

import dev.vpos.approvals.domain.RefundApproval;
import dev.vpos.shared.application.Page;
import dev.vpos.shared.domain.BusinessException;
import dev.vpos.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The refund_approval rows: each write in its own transaction, so the bank is never called inside one. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = BusinessException.class)
public class ApprovalStore {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Writes the request; a second request with the same requester and key fails on the unique constraint. */
    public RefundApproval record(RefundApproval approval) {
        em.persist(approval);
        em.flush();
        return approval;
    }

    /** Runs {@code change} on the row locked for update and answers it (a decision is taken once). */
    public RefundApproval change(String reference, java.util.function.Consumer<RefundApproval> change) {
        RefundApproval a = em.createQuery("select a from RefundApproval a where a.reference = :r", RefundApproval.class)
                .setParameter("r", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("fourEyes.notFound", reference));
        change.accept(a);
        em.flush();
        return a;
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Optional<RefundApproval> byKey(String requester, String key) {
        return em.createQuery(
                        "select a from RefundApproval a where a.requestedBy = :u and a.idempotencyKey = :k",
                        RefundApproval.class)
                .setParameter("u", requester)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public RefundApproval byReference(String reference) {
        return em.createQuery("select a from RefundApproval a where a.reference = :r", RefundApproval.class)
                .setParameter("r", reference)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("fourEyes.notFound", reference));
    }

    /**
     * The requests in a state (null: all), newest first, optionally of one company or one collection, only of the
     * {@code companies} the caller may see (null: every company).
     */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = BusinessException.class)
    public Page<RefundApproval> list(
            RefundApproval.State state,
            Long companyId,
            String collectionReference,
            List<Long> companies,
            int page,
            int size) {
        if (companies != null && companies.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        String where = " where 1 = 1"
                + (state == null ? "" : " and a.state = :s")
                + (companyId == null ? "" : " and a.companyId = :c")
                + (companies == null ? "" : " and a.companyId in :granted")
                + (collectionReference == null ? "" : " and a.collectionReference = :ref");
        TypedQuery<RefundApproval> items = em.createQuery(
                "select a from RefundApproval a" + where + " order by a.requestedAt desc, a.id desc",
                RefundApproval.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from RefundApproval a" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (state != null) {
                q.setParameter("s", state);
            }
            if (companyId != null) {
                q.setParameter("c", companyId);
            }
            if (collectionReference != null) {
                q.setParameter("ref", collectionReference);
            }
            if (companies != null) {
                q.setParameter("granted", companies);
            }
        }
        List<RefundApproval> rows =
                items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(rows, page, size, count.getSingleResult());
    }
}
