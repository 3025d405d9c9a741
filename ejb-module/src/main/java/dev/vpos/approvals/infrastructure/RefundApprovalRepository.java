package dev.vpos.approvals.infrastructure;

import dev.vpos.approvals.domain.RefundApproval;
import dev.vpos.shared.application.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The refund_approval table; joins the caller's transaction. */
@ApplicationScoped
public class RefundApprovalRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    /** Inserts at once (flush): the unique requester + key decides there and then. */
    public void add(RefundApproval approval) {
        em.persist(approval);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** The request by reference, locked for update (PESSIMISTIC_WRITE) until the caller's transaction ends. */
    public Optional<RefundApproval> lockByReference(String reference) {
        return em.createQuery("select a from RefundApproval a where a.reference = :r", RefundApproval.class)
                .setParameter("r", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public Optional<RefundApproval> byKey(String requester, String key) {
        return em.createQuery(
                        "select a from RefundApproval a where a.requestedBy = :u and a.idempotencyKey = :k",
                        RefundApproval.class)
                .setParameter("u", requester)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    public Optional<RefundApproval> byReference(String reference) {
        return em.createQuery("select a from RefundApproval a where a.reference = :r", RefundApproval.class)
                .setParameter("r", reference)
                .getResultStream()
                .findFirst();
    }

    /** A page of requests, newest first; every filter optional, {@code companies} non-empty or null (every one). */
    public Page<RefundApproval> page(
            RefundApproval.State state,
            Long companyId,
            String collectionReference,
            List<Long> companies,
            int page,
            int size) {
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
