package dev.vpos.paylinks.infrastructure;

import dev.vpos.paylinks.domain.PaymentLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The payment links' rows. */
@ApplicationScoped
public class PaymentLinkRepository {

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    public void add(PaymentLink link) {
        em.persist(link);
        em.flush();
    }

    public Optional<PaymentLink> find(long id) {
        return Optional.ofNullable(em.find(PaymentLink.class, id));
    }

    /** The link under its row lock until the caller's transaction ends. */
    public Optional<PaymentLink> lock(long id) {
        return Optional.ofNullable(em.find(PaymentLink.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<PaymentLink> bySession(String sessionPublicId) {
        return em.createQuery("select l from PaymentLink l where l.sessionPublicId = :s", PaymentLink.class)
                .setParameter("s", sessionPublicId)
                .getResultStream()
                .findFirst();
    }

    /** A company's links, newest first, at most {@code limit}. */
    public List<PaymentLink> ofCompany(long companyId, int limit) {
        return em.createQuery(
                        "select l from PaymentLink l where l.companyId = :c order by l.createdAt desc, l.id desc",
                        PaymentLink.class)
                .setParameter("c", companyId)
                .setMaxResults(limit)
                .getResultList();
    }
}
